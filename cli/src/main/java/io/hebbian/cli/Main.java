package io.hebbian.cli;

import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code hebbian}: the command line over the whole project. Subcommands are listed here, one
 * class each. User errors print one line on stderr and exit 2; {@code --debug} shows stack traces.
 */
@Command(name = "hebbian", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Evolved Hebbian plasticity for quadruped robots: evolve, evaluate, simulate, deploy.",
        subcommands = {
            EvolveCommand.class,
            EvaluateCommand.class,
            ExperimentCommand.class,
            TraceCommand.class,
            ServoCommand.class,
            BenchCommand.class,
            WorkerCommand.class,
            SimRunCommand.class,
            NodePolicyCommand.class,
            NodeSimBridgeCommand.class,
            NodeServoBridgeCommand.class,
            NodeMockRobotCommand.class,
            ReplayCommand.class,
            StudyCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // java.util.logging (jline, JDK) to the one backend, like every other library (see logback.xml)
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (0 ok, 1 runtime failure, 2 usage or input error). */
    public static int run(String... args) {
        return newCommandLine().execute(args);
    }

    /** A configured command line, also used by tests. */
    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new Errors.ExecutionHandler());
        cl.setParameterExceptionHandler(new Errors.ParameterHandler());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
