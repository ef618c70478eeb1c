package dev.modelspec.recipe.finetune;

import dev.modelspec.model.WeightSet;
import dev.modelspec.model.graph.ChannelParameters;
import dev.modelspec.recipe.CompressionStep;
import dev.modelspec.recipe.StepArguments;
import dev.modelspec.recipe.StepContext;

/**
 * Fine-tuning as a step of its own, for chains such as {@code prune → fine-tune → cluster → int8}:
 * trains for {@link #epochs()} epochs of batches of {@link #batchSize()} on the spec's training
 * data, through the model's {@code train} signature or, without one, the training graph derived
 * from its serving signature. Prunable weights that are zero when the step starts stay zero, so the
 * sparsity of earlier steps is kept, and so do the zeroed bias and BatchNormalization entries of a
 * filter pruned whole ({@link StepContext#channelParameters()}), so its removal stays exact;
 * everything else may change (run it before clustering or int8, whose grids it would not keep).
 *
 * <p>Canonical form: {@code finetune(epochs=2,batchSize=32)}.
 */
public final class FineTuning implements CompressionStep {

    /** The batch size when none is set. */
    public static final int DEFAULT_BATCH_SIZE = 32;

    private final int epochs;
    private final int batchSize;

    private FineTuning(int epochs, int batchSize) {
        this.epochs = epochs;
        this.batchSize = batchSize;
    }

    /** Fine-tuning for {@code epochs} ({@code >= 1}) epochs of batches of {@value #DEFAULT_BATCH_SIZE}. */
    public static FineTuning epochs(int epochs) {
        StepArguments.requireAtLeast("epochs", epochs, 1);
        return new FineTuning(epochs, DEFAULT_BATCH_SIZE);
    }

    /** This step with batches of {@code size} examples ({@code >= 1}). */
    public FineTuning batchSize(int size) {
        StepArguments.requireAtLeast("batchSize", size, 1);
        return new FineTuning(epochs, size);
    }

    /** The number of epochs. */
    public int epochs() {
        return epochs;
    }

    /** The number of examples per training step. */
    public int batchSize() {
        return batchSize;
    }

    /** Always: this step trains. */
    @Override
    public boolean trains() {
        return true;
    }

    /**
     * Trains, keeping zero weights at zero, and writes the trained values into {@code weights}.
     *
     * @throws IllegalStateException if the spec declares no training data
     */
    @Override
    public void apply(WeightSet weights, StepContext context) {
        new MaskedFineTuning<>(new KeepingZeros(epochs, batchSize, canonicalForm(),
                context.channelParameters().orElse(ChannelParameters.none()))).run(weights, context);
    }

    /** E.g. {@code finetune(epochs=2,batchSize=32)}. */
    @Override
    public String canonicalForm() {
        return "finetune(epochs=" + epochs + ",batchSize=" + batchSize + ")";
    }

    @Override
    public String toString() {
        return canonicalForm();
    }
}
