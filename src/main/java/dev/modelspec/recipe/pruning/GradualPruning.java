package dev.modelspec.recipe.pruning;

import dev.modelspec.model.WeightSet;
import dev.modelspec.model.graph.Optimizer;
import dev.modelspec.recipe.CompressionStep;
import dev.modelspec.recipe.StepArguments;
import dev.modelspec.recipe.StepContext;
import dev.modelspec.recipe.finetune.MaskSchedule;
import dev.modelspec.recipe.finetune.MaskedFineTuning;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The description of gradual magnitude pruning during fine-tuning, as tfmot's {@code
 * prune_low_magnitude}: train for {@link #epochs()} epochs of batches of {@link #batchSize()}; before
 * each training step {@code s} (counted from 0), {@link #masksAt(long, WeightSet) recompute} the masks
 * when the schedule prunes at {@code s}, and apply the current masks. The masks have the pattern,
 * scope and layer selection of {@link #maskSettings()} at the schedule's sparsity (N:M patterns
 * ignore it). As a step it needs a {@link StepContext#training() training setup}; the loop is
 * {@link MaskedFineTuning}, training with Adam at 1e-3 (or the model's own {@code train} signature) unless
 * {@link #withOptimizer an optimizer is chosen}.
 *
 * <p>Canonical form: {@code prune.gradual(schedule.polynomial(...),prune.magnitude(...),epochs=2,batchSize=32)},
 * with {@code ,optimizer=adam(3.0E-4)} when one is chosen.
 */
public final class GradualPruning implements CompressionStep, MaskSchedule<PruningMask> {

    /** The number of epochs when none is set. */
    public static final int DEFAULT_EPOCHS = 2;
    /** The batch size when none is set. */
    public static final int DEFAULT_BATCH_SIZE = 32;

    private final MagnitudePruning maskSettings;
    private final PruningSchedule schedule;
    private final int epochs;
    private final int batchSize;
    private final Optional<Optimizer> optimizer;

    private GradualPruning(MagnitudePruning maskSettings, PruningSchedule schedule, int epochs, int batchSize,
            Optional<Optimizer> optimizer) {
        this.maskSettings = Objects.requireNonNull(maskSettings, "maskSettings");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.epochs = epochs;
        this.batchSize = batchSize;
        this.optimizer = optimizer;
    }

    /**
     * Gradual pruning with the masks of {@code maskSettings} (its own sparsity is replaced by the
     * schedule's) over {@value #DEFAULT_EPOCHS} epochs of batches of {@value #DEFAULT_BATCH_SIZE}.
     */
    public static GradualPruning of(MagnitudePruning maskSettings, PruningSchedule schedule) {
        return new GradualPruning(maskSettings, schedule, DEFAULT_EPOCHS, DEFAULT_BATCH_SIZE, Optional.empty());
    }

    /** This description with {@code count} training epochs ({@code >= 1}). */
    public GradualPruning epochs(int count) {
        StepArguments.requireAtLeast("epochs", count, 1);
        return new GradualPruning(maskSettings, schedule, count, batchSize, optimizer);
    }

    /** This description with batches of {@code size} examples ({@code >= 1}). */
    public GradualPruning batchSize(int size) {
        StepArguments.requireAtLeast("batchSize", size, 1);
        return new GradualPruning(maskSettings, schedule, epochs, size, optimizer);
    }

    /**
     * This description training with {@code chosen}, e.g. {@code Optimizer.adam(3e-4)} or {@code
     * Optimizer.sgd(0.01, 0.9)}, through the training graph derived from the serving signature (even
     * when the model has a {@code train} signature, whose optimizer is built in). Without it: Adam at
     * 1e-3, Keras' default, or the model's {@code train} signature when it has one.
     */
    public GradualPruning withOptimizer(Optimizer chosen) {
        return new GradualPruning(maskSettings, schedule, epochs, batchSize, Optional.of(Objects.requireNonNull(chosen, "optimizer")));
    }

    /** The optimizer chosen with {@link #withOptimizer}; empty for the default. */
    public Optional<Optimizer> optimizer() {
        return optimizer;
    }

    /** The pattern, scope and layer selection of the masks. */
    public MagnitudePruning maskSettings() {
        return maskSettings;
    }

    /** When and to which sparsity masks are recomputed. */
    public PruningSchedule schedule() {
        return schedule;
    }

    /** The number of training epochs. */
    @Override
    public int epochs() {
        return epochs;
    }

    /** The number of examples per training step. */
    @Override
    public int batchSize() {
        return batchSize;
    }

    /**
     * The new masks of the selected weights by name when the schedule prunes at training {@code step},
     * computed from the current {@code weights} at {@code schedule().sparsityAt(step)}; empty otherwise.
     */
    @Override
    public Optional<Map<String, PruningMask>> masksAt(long step, WeightSet weights) {
        if (!schedule.shouldPrune(step)) {
            return Optional.empty();
        }
        return Optional.of(maskSettings.computeMasks(weights, schedule.sparsityAt(step)));
    }

    /** The sparsity the schedule ends at: what the result has. */
    public double finalSparsity() {
        return schedule.sparsityAt(Long.MAX_VALUE / 2);
    }

    /** The masks of the selected weights at {@link #finalSparsity()}, from the trained {@code weights}. */
    @Override
    public Map<String, PruningMask> finalMasks(WeightSet weights) {
        return maskSettings.computeMasks(weights, finalSparsity());
    }

    /** Always: gradual pruning fine-tunes the model. */
    @Override
    public boolean trains() {
        return true;
    }

    /** Fine-tunes with masks as described, through {@link MaskedFineTuning}. */
    @Override
    public void apply(WeightSet weights, StepContext context) {
        new MaskedFineTuning<>(this, optimizer).run(weights, context);
    }

    /** Every setting, e.g. {@code prune.gradual(schedule.constant(...),prune.magnitude(...),epochs=2,batchSize=32)}. */
    @Override
    public String canonicalForm() {
        return "prune.gradual(" + schedule.canonicalForm() + "," + maskSettings.canonicalForm() + ",epochs=" + epochs
                + ",batchSize=" + batchSize + optimizer.map(o -> ",optimizer=" + o).orElse("") + ")";
    }

    @Override
    public String toString() {
        return canonicalForm();
    }
}
