package io.hebbian.cli;

import io.hebbian.ros2.params.ParameterException;

import io.hebbian.ros2.params.ParameterFile;
import io.hebbian.ros2.params.Parameters;
import io.hebbian.ros2.transport.Transport;
import io.hebbian.ros2.transport.Transports;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Option;

/** Options shared by the {@code node-*} commands: parameter file, overrides, transport, run time. */
final class RosNodeOptions {

    @Option(names = "--params", paramLabel = "FILE.yaml",
            description = "ROS 2 parameter file (<node>: {ros__parameters: ...}); read by the node itself. "
                    + "Repeatable (ros2 launch passes one per entry of 'parameters'): later files override earlier ones.")
    List<Path> params = new ArrayList<>();

    @Option(names = {"-p", "--param"}, paramLabel = "NAME:=VALUE",
            description = "Override one parameter, e.g. -p model:=walker.json (repeatable).")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--transport", defaultValue = "dds", paramLabel = "dds|rcljava",
            description = "Middleware: dds (bundled Fast DDS, any ROS 2 distro) or rcljava (ros2_java on $CLASSPATH). "
                    + "Default: ${DEFAULT-VALUE}.")
    String transport;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "dds: bind to this interface only, e.g. 127.0.0.1 (default: all). Domain: $ROS_DOMAIN_ID.")
    String bind;

    @Option(names = "--seconds", paramLabel = "S", description = "Stop after S seconds (default: run until Ctrl-C).")
    Double seconds;

    /** The node's parameters: the files' sections for {@code nodeName} (in order), then the overrides. */
    Parameters parameters(String nodeName) {
        Parameters p = ParameterFile.loadAll(params, nodeName);
        for (String o : overrides) {
            int eq = o.indexOf(":=");
            if (eq <= 0) {
                throw new Errors.UserException("bad -p '" + o + "': expected NAME:=VALUE");
            }
            p = p.with(o.substring(0, eq), o.substring(eq + 2));
        }
        return p;
    }

    Transport openTransport(String nodeName) {
        return Transports.open(transport, nodeName, bind);
    }

    /**
     * Blocks until Ctrl-C / SIGTERM, {@code --seconds}, or the node's loop fails ({@code failure}
     * returns non-null); {@code onStop} runs once in every case. A signal is a stop request: this
     * thread stops the node and returns, so the command exits with its own code (0 after a clean stop).
     * The shutdown hook only covers other ends of the JVM (SIGHUP, signals the JVM could not hand over).
     */
    void runUntilStopped(java.util.function.Supplier<Throwable> failure, Runnable onStop) throws InterruptedException {
        AtomicBoolean stopping = new AtomicBoolean();
        Runnable stopOnce = () -> {
            if (stopping.compareAndSet(false, true)) {
                onStop.run();
            }
        };
        Thread hook = new Thread(stopOnce, "hebbian-node-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        long deadline = seconds == null ? Long.MAX_VALUE : System.nanoTime() + Math.round(seconds * 1e9);
        try (StopSignals signals = StopSignals.install()) {
            log("running until Ctrl-C or SIGTERM");
            while (!signals.await(200)) {
                Throwable f = failure.get();
                if (f != null) {
                    log("node stopped: " + f);
                    break;
                }
                if (System.nanoTime() >= deadline) {
                    break;
                }
            }
            if (signals.received() != null) {
                log("stopping (" + signals.received() + ")");
            }
            stopOnce.run();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is ending anyway; the hook stops the node if this thread did not
            }
        }
    }

    /** Parses a node's configuration from its parameters. */
    @FunctionalInterface
    interface ConfigParser<C> {
        C parse(Parameters parameters) throws ParameterException;
    }

    /** Starts a node on a transport. */
    @FunctionalInterface
    interface NodeStarter<C, R> {
        R start(C config, Transport transport, java.util.function.Consumer<String> log) throws Exception;
    }

    /**
     * The life of every node command: parameters → config (errors are user errors), open the
     * transport, start the node, run until stopped, then {@code beforeClose} and close both.
     *
     * @return 0, or {@link Errors#FAILURE} if the node's loop failed
     */
    <C, R extends AutoCloseable> int run(String nodeName, ConfigParser<C> parser, NodeStarter<C, R> starter,
                                         java.util.function.Function<R, Throwable> failure,
                                         java.util.function.Consumer<R> beforeClose) throws Exception {
        C config;
        try {
            config = parser.parse(parameters(nodeName));
        } catch (ParameterException e) {
            throw new Errors.UserException(e.getMessage(), e);
        }
        Transport t = openTransport(nodeName);
        R runner;
        try {
            runner = starter.start(config, t, RosNodeOptions::log);
        } catch (Exception e) {
            t.close();
            throw e;
        }
        runUntilStopped(() -> failure.apply(runner), () -> {
            beforeClose.accept(runner);
            try {
                runner.close();
            } catch (Exception e) {
                log("closing " + nodeName + " failed: " + e);
            }
            t.close();
        });
        return failure.apply(runner) == null ? 0 : Errors.FAILURE;
    }

    static void log(String line) {
        System.err.println(line);
    }
}
