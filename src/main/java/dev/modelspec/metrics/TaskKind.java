package dev.modelspec.metrics;

/**
 * What a model predicts, which decides how it is measured: a class among several, one of two
 * classes, or a number. Declared in {@code @ModelSpec(task = ...)} or decided from the model's
 * output width and the data's labels.
 */
public enum TaskKind {
    /** One score per class (two or more), the label is the index of the true class. */
    MULTICLASS,
    /**
     * Two classes, labels 0 and 1: one score per example (a sigmoid probability, threshold 0.5, or a
     * logit, threshold 0) or two class scores.
     */
    BINARY,
    /** One unbounded output per example, the target is a number. */
    REGRESSION;

    /** Whether examples are labelled with classes, so accuracy and agreement mean something. */
    public boolean classifies() {
        return this != REGRESSION;
    }
}
