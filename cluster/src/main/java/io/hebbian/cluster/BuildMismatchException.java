package io.hebbian.cluster;

/**
 * A member refused a batch because its build (JVM, architecture or code) differs from the driver's;
 * the driver leaves that member out of the run and goes on with the others.
 */
final class BuildMismatchException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    BuildMismatchException(String message) {
        super(message);
    }

    /** True if {@code failure} or one of its causes is a build mismatch. */
    static boolean isIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BuildMismatchException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** The innermost build-mismatch message of {@code failure}. */
    static String message(Throwable failure) {
        String m = failure.getMessage();
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof BuildMismatchException) {
                m = t.getMessage();
            }
        }
        return m;
    }
}
