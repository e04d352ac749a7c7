package io.hebbian.cli;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;

/**
 * The command line in-process with a conversation: stdout arrives line by line while it runs, answers go into a
 * named pipe that the command reads as {@code --input FIFO}, and closing the pipe is the end of its input.
 */
final class InteractiveCli implements AutoCloseable {

    private final Path fifo;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuilder out = new StringBuilder();
    private final StringWriter err = new StringWriter();
    private final CompletableFuture<OutputStream> answers = new CompletableFuture<>();
    private final Thread command;
    private volatile int exitCode = -1;

    private InteractiveCli(Path fifo, String... args) {
        this.fifo = fifo;
        CommandLine cl = Main.newCommandLine();
        cl.setOut(new PrintWriter(new LineWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        command = new Thread(() -> exitCode = cl.execute(args), "interactive-cli");
        command.setDaemon(true);
        Thread opener = new Thread(() -> {
            try {
                answers.complete(new FileOutputStream(fifo.toFile()));
            } catch (IOException e) {
                answers.completeExceptionally(e);
            }
        }, "interactive-cli-input");
        opener.setDaemon(true);
        opener.start();
        command.start();
    }

    /** Makes {@code fifo} (mkfifo) and starts {@code hebbian ARGS... --input FIFO}. */
    static InteractiveCli start(Path fifo, String... args) throws IOException, InterruptedException {
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        if (!mk.waitFor(5, TimeUnit.SECONDS) || mk.exitValue() != 0) {
            throw new IOException("mkfifo " + fifo + " failed");
        }
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--input";
        all[args.length + 1] = fifo.toString();
        return new InteractiveCli(fifo, all);
    }

    /** The next stdout line; null once the command has ended and every line was taken, or after {@code timeout}. */
    String nextLine(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(50, TimeUnit.MILLISECONDS);
            if (line != null) {
                return line;
            }
            if (!command.isAlive() && lines.isEmpty()) {
                return null;
            }
        }
        return null;
    }

    /** Sends one answer line. */
    void answer(String line) throws Exception {
        OutputStream o = answers.get(10, TimeUnit.SECONDS);
        o.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        o.flush();
    }

    /** Ends the command's input (closes the pipe). */
    void endInput() throws Exception {
        answers.get(10, TimeUnit.SECONDS).close();
    }

    /** Waits for the command to end. */
    CliRun finish() throws Exception {
        command.join(TimeUnit.SECONDS.toMillis(60));
        if (command.isAlive()) {
            throw new IllegalStateException("command still running after 60 s; stdout so far:\n" + out);
        }
        synchronized (out) {
            return new CliRun(exitCode, out.toString(), err.toString());
        }
    }

    @Override
    public void close() throws Exception {
        if (!answers.isDone()) {
            // nobody opened the pipe for reading: open it ourselves so the writer's open returns
            Files.newInputStream(fifo).close();
        }
        if (answers.isDone() && !answers.isCompletedExceptionally()) {
            answers.get().close();
        }
    }

    /** Collects stdout and hands over each complete line. */
    private final class LineWriter extends Writer {
        private final StringBuilder line = new StringBuilder();

        @Override
        public void write(char[] cbuf, int off, int len) {
            synchronized (out) {
                out.append(cbuf, off, len);
                for (int k = off; k < off + len; k++) {
                    if (cbuf[k] == '\n') {
                        lines.add(line.toString());
                        line.setLength(0);
                    } else {
                        line.append(cbuf[k]);
                    }
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
