package io.hebbian.firmware.preflight;

/**
 * One pre-flight finding.
 *
 * @param severity OK, WARN or BLOCKER
 * @param check    what was checked, e.g. {@code joint order}, {@code servo 5}
 * @param message  what was found and, unless OK, the fix
 */
public record Finding(Severity severity, String check, String message) {

    public Finding {
        if (severity == null || check == null || check.isBlank() || message == null || message.isBlank()) {
            throw new IllegalArgumentException("a finding needs a severity, a check and a message, got "
                    + severity + ", '" + check + "', '" + message + "'");
        }
    }

    static Finding ok(String check, String message) {
        return new Finding(Severity.OK, check, message);
    }

    static Finding warn(String check, String message) {
        return new Finding(Severity.WARN, check, message);
    }

    static Finding blocker(String check, String message) {
        return new Finding(Severity.BLOCKER, check, message);
    }

    /** One line: {@code BLOCKER joint order: ...}. */
    public String line() {
        return String.format("%-7s %s: %s", severity, check, message);
    }
}
