package dev.modelspec.data;

/**
 * Thrown when a data file cannot be read as declared: a missing column, a malformed record, an
 * unsupported array type. The message names the file, the row or record where it applies, what is
 * wrong and what to do.
 */
public final class DataFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message naming the file and the problem.
     *
     * @param message what is wrong, where, and the fix
     */
    public DataFormatException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message naming the file and the problem, and its cause.
     *
     * @param message what is wrong, where, and the fix
     * @param cause the underlying error
     */
    public DataFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
