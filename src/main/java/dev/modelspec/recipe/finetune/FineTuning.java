package dev.modelspec.recipe.finetune;

import dev.modelspec.model.WeightSet;
import dev.modelspec.model.graph.ChannelParameters;
import dev.modelspec.model.graph.FakeQuantization;
import dev.modelspec.model.graph.Optimizer;
import dev.modelspec.recipe.CompressionStep;
import dev.modelspec.recipe.StepArguments;
import dev.modelspec.recipe.StepContext;
import dev.modelspec.recipe.quantization.Int8Quantization;
import java.util.Objects;
import java.util.Optional;

/**
 * Fine-tuning as a step of its own, for chains such as {@code prune → fine-tune → cluster → int8}:
 * trains for {@link #epochs()} epochs of batches of {@link #batchSize()} on the spec's training
 * data, through the model's {@code train} signature or, without one (or with an optimizer chosen
 * by {@link #withOptimizer}), the training graph derived from its serving signature. Prunable
 * weights that are zero when the step starts stay zero, so the sparsity of earlier steps is kept,
 * and so do the zeroed bias and BatchNormalization entries of a filter pruned whole
 * ({@link StepContext#channelParameters()}), so its removal stays exact; everything else may change
 * (run it before clustering or int8, whose grids it would not keep, or make it
 * {@link #quantizationAware quantization-aware}).
 *
 * <p>Canonical form: {@code finetune(epochs=2,batchSize=32)}, with {@code ,optimizer=sgd(0.01,momentum=0.9)}
 * when one is chosen.
 */
public final class FineTuning implements CompressionStep {

    /** The batch size when none is set. */
    public static final int DEFAULT_BATCH_SIZE = 32;

    private final int epochs;
    private final int batchSize;
    private final Optional<Optimizer> optimizer;

    private FineTuning(int epochs, int batchSize, Optional<Optimizer> optimizer) {
        this.epochs = epochs;
        this.batchSize = batchSize;
        this.optimizer = optimizer;
    }

    /** Fine-tuning for {@code epochs} ({@code >= 1}) epochs of batches of {@value #DEFAULT_BATCH_SIZE}. */
    public static FineTuning epochs(int epochs) {
        StepArguments.requireAtLeast("epochs", epochs, 1);
        return new FineTuning(epochs, DEFAULT_BATCH_SIZE, Optional.empty());
    }

    /** This step with batches of {@code size} examples ({@code >= 1}). */
    public FineTuning batchSize(int size) {
        StepArguments.requireAtLeast("batchSize", size, 1);
        return new FineTuning(epochs, size, optimizer);
    }

    /**
     * This step training with {@code chosen}, e.g. {@code Optimizer.adam(1e-4)} or {@code
     * Optimizer.sgd(0.01, 0.9)}, through the training graph derived from the serving signature (even
     * when the model has a {@code train} signature, whose optimizer is built in). Without it: Adam at
     * 1e-3, Keras' default, or the model's {@code train} signature when it has one.
     */
    public FineTuning withOptimizer(Optimizer chosen) {
        return new FineTuning(epochs, batchSize, Optional.of(Objects.requireNonNull(chosen, "optimizer")));
    }

    /**
     * Quantization-aware fine-tuning, then {@code int8}: this step's training with the prunable
     * weights read through the int8 grid {@code int8} will give them (same scheme and granularity),
     * so they learn values that suit it, then the rounding of {@code int8} itself (and its storage,
     * when {@link Int8Quantization#stored()}). For example {@code
     * FineTuning.epochs(2).quantizationAware(Quantization.int8().perChannel().stored())}; add {@link
     * QuantizationAwareFineTuning#withActivations()} to quantize the activations too.
     */
    public QuantizationAwareFineTuning quantizationAware(Int8Quantization int8) {
        return new QuantizationAwareFineTuning(this, Objects.requireNonNull(int8, "int8"), false);
    }

    /** The number of epochs. */
    public int epochs() {
        return epochs;
    }

    /** The number of examples per training step. */
    public int batchSize() {
        return batchSize;
    }

    /** The optimizer chosen with {@link #withOptimizer}; empty for the default. */
    public Optional<Optimizer> optimizer() {
        return optimizer;
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
        train(weights, context, Optional.empty(), false, canonicalForm());
    }

    /**
     * Trains as {@link #apply} does, the prunable weights read through {@code grid} if present, and
     * the layers' outputs through their calibrated int8 grid if {@code activations}.
     */
    void train(WeightSet weights, StepContext context, Optional<FakeQuantization> grid, boolean activations, String stepName) {
        KeepingZeros plan = new KeepingZeros(epochs, batchSize, stepName,
                context.channelParameters().orElse(ChannelParameters.none()));
        new MaskedFineTuning<>(plan, new TrainingChoices(optimizer, grid, activations)).run(weights, context);
    }

    /** E.g. {@code finetune(epochs=2,batchSize=32)}. */
    @Override
    public String canonicalForm() {
        return "finetune(epochs=" + epochs + ",batchSize=" + batchSize + optimizer.map(o -> ",optimizer=" + o).orElse("") + ")";
    }

    @Override
    public String toString() {
        return canonicalForm();
    }
}
