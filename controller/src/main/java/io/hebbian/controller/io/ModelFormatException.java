package io.hebbian.controller.io;

/**
 * A model, weights or checkpoint file that cannot be used. The message names the file and the
 * field, e.g. {@code model.json: layers[1].A: expected 8192 values (64 out x 128 in), got 8191}.
 */
public final class ModelFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public ModelFormatException(String message) {
        super(message);
    }

    public ModelFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
