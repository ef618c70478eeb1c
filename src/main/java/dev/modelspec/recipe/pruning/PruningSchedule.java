package dev.modelspec.recipe.pruning;

/**
 * When and how much gradual pruning prunes during training, with the semantics of
 * {@code tfmot.sparsity.keras.PruningSchedule}: at training step {@code step} the masks are
 * recomputed at {@link #sparsityAt(long)} if {@link #shouldPrune(long)}, and applied before every
 * step in between.
 */
public interface PruningSchedule {

    /**
     * Whether masks are recomputed at {@code step}: {@code beginStep <= step <= endStep} (any step
     * from {@code beginStep} on when {@code endStep} is {@code -1}) and {@code (step - beginStep) %
     * frequency == 0}.
     */
    boolean shouldPrune(long step);

    /** The target sparsity at {@code step}, in {@code [0, 1)}. */
    double sparsityAt(long step);

    /** A stable description with every setting, e.g. {@code schedule.constant(sparsity=0.5,begin=0,end=-1,frequency=100)}. */
    String canonicalForm();
}
