package io.hebbian.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The command line as its own JVM (this test classpath, {@code io.hebbian.cli.Main}), for what only a real
 * process shows: signals, exit codes, everything libraries print. Stdout and stderr are collected line by line.
 */
final class CliProcess implements AutoCloseable {

    private static final boolean ENV_RESETS_SIGNALS = envResetsSignals();

    private final Process process;
    private final List<String> out = new CopyOnWriteArrayList<>();
    private final List<String> err = new CopyOnWriteArrayList<>();
    private final Thread outReader;
    private final Thread errReader;

    private CliProcess(Process process) {
        this.process = process;
        this.outReader = drain(process.getInputStream(), out, "stdout");
        this.errReader = drain(process.getErrorStream(), err, "stderr");
    }

    /**
     * Starts {@code hebbian ARGS...}. SIGINT is reset to its default in the child (a JVM started from a
     * background job inherits it ignored and would never see Ctrl-C) where {@code env --default-signal} exists.
     */
    static CliProcess start(Map<String, String> environment, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        if (ENV_RESETS_SIGNALS) {
            cmd.addAll(List.of("env", "--default-signal=INT,TERM"));
        }
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(environment);
        return new CliProcess(pb.start());
    }

    private static boolean envResetsSignals() {
        try {
            Process p = new ProcessBuilder("env", "--default-signal=INT", "true")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Thread drain(InputStream in, List<String> lines, String name) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException ended) {
                // the process is gone
            }
        }, "cli-process-" + name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /**
     * Waits until a stderr line matches.
     *
     * @return true if one did within {@code timeout}; false on timeout or if the process ended first
     */
    boolean awaitStderr(Pattern line, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (err.stream().anyMatch(l -> line.matcher(l).find())) {
                return true;
            }
            if (!process.isAlive()) {
                errReader.join(1000);
                return err.stream().anyMatch(l -> line.matcher(l).find());
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** Sends a signal by name ({@code INT}, {@code TERM}) with {@code kill}. */
    void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-s", name, Long.toString(process.pid())).inheritIO().start();
        if (!kill.waitFor(5, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IOException("kill -s " + name + " " + process.pid() + " failed");
        }
    }

    /**
     * Waits for the process to end and for its output to be read.
     *
     * @return the exit code, or empty on timeout (the process is then still running)
     */
    java.util.OptionalInt awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return java.util.OptionalInt.empty();
        }
        outReader.join(2000);
        errReader.join(2000);
        return java.util.OptionalInt.of(process.exitValue());
    }

    List<String> stdout() {
        return List.copyOf(out);
    }

    List<String> stderr() {
        return List.copyOf(err);
    }

    /** Both streams, for assertion messages. */
    String transcript() {
        return "--- stdout\n" + String.join("\n", out) + "\n--- stderr\n" + String.join("\n", err);
    }

    /** Kills the process if it still runs. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }
}
