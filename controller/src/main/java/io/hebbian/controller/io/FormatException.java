package io.hebbian.controller.io;

/**
 * A file or section that cannot be used: a model, weights, checkpoint, settings, servo config or
 * trajectory file. The message names the file and the field path, e.g.
 * {@code model.json: layers[1].A: expected 8192 values (64 out x 128 in), got 8191}.
 */
public final class FormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public FormatException(String message) {
        super(message);
    }

    public FormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
