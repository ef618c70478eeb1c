package dev.modelspec.workbench;

/** Where a {@link Workbench} announces the phases of its current work, for the console progress. */
@FunctionalInterface
public interface Progress {

    /** A new phase of the current baseline or candidate began, e.g. {@code load}, {@code compress}, {@code evaluate}. */
    void phase(String phase);

    /**
     * Something the user should know that fails nothing, e.g. a corrupt cache entry being rebuilt;
     * announced like a phase unless the reporter shows warnings its own way.
     */
    default void warning(String message) {
        phase("warning: " + message);
    }
}
