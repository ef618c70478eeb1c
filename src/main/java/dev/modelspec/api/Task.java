package dev.modelspec.api;

import dev.modelspec.metrics.TaskKind;
import java.util.Optional;

/** What a model predicts, as declared in {@link ModelSpec#task()}. */
public enum Task {
    /**
     * Decide from the output width and the labels: one or two outputs with labels 0/1 are {@link
     * #BINARY}, one output with targets that are not all whole numbers is a {@link #REGRESSION}, more
     * outputs are {@link #MULTICLASS}. One output with whole-number labels beyond 0/1 is ambiguous
     * (a count to predict, or a classifier with the wrong output): the baseline fails and asks to declare.
     * Several targets per example whose values are not all whole numbers are a regression with as many
     * outputs; whole-number target vectors (0/1 labels) must be declared {@link #MULTILABEL} or {@link #REGRESSION}.
     */
    DETECT,
    /** One score per class, labels are class indexes. */
    MULTICLASS,
    /** Labels 0/1; one sigmoid output (threshold 0.5), one logit (threshold 0) or two class scores. */
    BINARY,
    /**
     * One or more unbounded outputs per example; the data's {@link dev.modelspec.data.LabeledData#target
     * targets} are numbers, one per output ({@link dev.modelspec.data.LabeledData#withTargets}).
     */
    REGRESSION,
    /**
     * Several independent yes/no labels per example: one sigmoid probability (threshold 0.5) or logit
     * (threshold 0) per label, the data's targets 0/1 vectors of the output's width ({@link
     * dev.modelspec.data.LabeledData#withTargets}). Never detected: declare it.
     */
    MULTILABEL;

    /** The declared kind, or empty for {@link #DETECT}. */
    public Optional<TaskKind> kind() {
        return switch (this) {
            case DETECT -> Optional.empty();
            case MULTICLASS -> Optional.of(TaskKind.MULTICLASS);
            case BINARY -> Optional.of(TaskKind.BINARY);
            case REGRESSION -> Optional.of(TaskKind.REGRESSION);
            case MULTILABEL -> Optional.of(TaskKind.MULTILABEL);
        };
    }
}
