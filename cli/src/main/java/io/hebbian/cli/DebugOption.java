package io.hebbian.cli;

import picocli.CommandLine.Option;

/** The {@code --debug} flag every command accepts (read by {@link Errors}). */
final class DebugOption {
    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;
}
