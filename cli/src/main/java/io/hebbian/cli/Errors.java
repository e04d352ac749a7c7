package io.hebbian.cli;

import io.hebbian.controller.io.FormatException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/**
 * Turns failures into one clear line on stderr. Exit 2 for user input errors (bad flag, bad file,
 * missing file), 1 for unexpected failures. {@code --debug} anywhere on the line prints the trace.
 */
final class Errors {

    static final int USAGE = 2;
    static final int FAILURE = 1;

    private Errors() {
    }

    /** A user-facing input error: printed as one line, exit 2. */
    static final class UserException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UserException(String message) {
            super(message);
        }

        UserException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static boolean debug(CommandLine.ParseResult parseResult) {
        for (String arg : parseResult.originalArgs()) {
            if ("--debug".equals(arg)) {
                return true;
            }
        }
        return false;
    }

    static final class ExecutionHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
            PrintWriter err = cl.getErr();
            if (debug(parseResult)) {
                ex.printStackTrace(err);
            }
            String name = cl.getCommandName();
            if (ex instanceof UserException || ex instanceof FormatException
                    || ex instanceof IllegalArgumentException) {
                err.println(name + ": error: " + ex.getMessage());
                err.flush();
                return USAGE;
            }
            if (ex instanceof NoSuchFileException e) {
                err.println(name + ": error: file not found: " + e.getFile());
                err.flush();
                return USAGE;
            }
            if (ex instanceof AccessDeniedException e) {
                err.println(name + ": error: permission denied: " + e.getFile());
                err.flush();
                return USAGE;
            }
            err.println(name + ": failed: " + ex + (debug(parseResult) ? "" : " (run with --debug for details)"));
            err.flush();
            return FAILURE;
        }
    }

    static final class ParameterHandler implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            CommandLine cl = ex.getCommandLine();
            PrintWriter err = cl.getErr();
            err.println(cl.getCommandName() + ": error: " + ex.getMessage()
                    + " (see '" + cl.getCommandSpec().qualifiedName() + " --help')");
            err.flush();
            return USAGE;
        }
    }
}
