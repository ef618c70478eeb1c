package dev.modelspec.model.graph;

/**
 * A graph that a rewrite cannot handle: the message names the op or node and says what is not
 * supported, so the user knows which part of the model is the obstacle.
 */
public final class GraphRewriteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A rewrite failure described by {@code message}. */
    public GraphRewriteException(String message) {
        super(message);
    }

    /** A rewrite failure described by {@code message}, caused by {@code cause}. */
    public GraphRewriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
