package dev.modelspec.metrics;

/**
 * What a model predicts, which decides how it is measured: a class among several, one of two
 * classes, numbers, or several yes/no labels. Declared in {@code @ModelSpec(task = ...)} or decided from the model's
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
    /** One or more unbounded outputs per example, the target one number per output. */
    REGRESSION,
    /**
     * Several independent yes/no labels per example: one sigmoid probability (threshold 0.5) or logit
     * (threshold 0) per label, the target a 0/1 vector with one value per label.
     */
    MULTILABEL;

    /**
     * Whether each example has one class among several (multi-class or binary), so top-1 accuracy and
     * agreement mean something.
     */
    public boolean classifies() {
        return this == MULTICLASS || this == BINARY;
    }

    /** Whether each example's target is a vector of numbers, one per output, rather than one class. */
    public boolean hasTargetVectors() {
        return this == REGRESSION || this == MULTILABEL;
    }
}
