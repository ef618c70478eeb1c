package dev.modelspec.recipe.finetune;

import dev.modelspec.data.LabeledData;
import dev.modelspec.model.ModelVariable;
import dev.modelspec.model.SavedModel;
import dev.modelspec.model.VariableRole;
import dev.modelspec.model.WeightSet;
import dev.modelspec.model.graph.Optimizer;
import dev.modelspec.recipe.StepContext;
import dev.modelspec.recipe.TrainingSetup;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Runs a {@link MaskSchedule}: trains through the model's training signature, or where it has none
 * through a training graph derived from its serving signature (docs/fine-tuning.md). Before every
 * training step {@code s} it takes the schedule's new masks for {@code s} when it has some (computed
 * from the weights as the previous step left them) and applies the masks held, as tfmot's {@code
 * prune_low_magnitude} does before its forward pass; after the last step it applies them once more,
 * then the schedule's final masks. Gradual pruning reaches its target
 * sparsity this way; {@link FineTuning} keeps the zeros it starts with.
 *
 * @param <M> the schedule's masks
 */
public final class MaskedFineTuning<M extends MaskSchedule.Mask> {

    private final MaskSchedule<M> plan;
    private final TrainingChoices choices;

    /**
     * Fine-tuning that follows {@code plan} with {@code optimizer}, through the derived training graph;
     * without one, with Adam at 1e-3 or the model's own {@code train} signature when it has one.
     */
    public MaskedFineTuning(MaskSchedule<M> plan, Optional<Optimizer> optimizer) {
        this(plan, new TrainingChoices(optimizer, Optional.empty(), false));
    }

    /** Fine-tuning that follows {@code plan} and trains as {@code choices} say. */
    MaskedFineTuning(MaskSchedule<M> plan, TrainingChoices choices) {
        this.plan = plan;
        this.choices = choices;
    }

    /**
     * Fine-tunes, starting from {@code weights}, and writes the trained, pruned values back into them.
     *
     * @throws IllegalStateException if the context offers no training setup
     */
    public void run(WeightSet weights, StepContext context) {
        TrainingSetup setup = context.training().orElseThrow(() -> new IllegalStateException(
                plan.canonicalForm() + " fine-tunes the model, but the spec declares no training data. "
                        + "Add trainingData = <a DataProvider> to @ModelSpec."));
        SavedModel model = setup.model();
        model.writeWeights(weights);
        try (ModelTrainer trainer = ModelTrainer.open(setup, choices)) {
            train(trainer, setup.data(), context);
            trainer.finish();
            // QuantizationAwareFineTuning refuses before training when the context has no place for the ranges.
            trainer.activationRanges().ifPresent(ranges -> context.shippedActivationRanges().orElseThrow().accept(ranges));
        }
        copyInto(model.readWeights(), weights);
    }

    private void train(ModelTrainer trainer, LabeledData data, StepContext context) {
        int batchSize = plan.batchSize();
        int stepsPerEpoch = (data.size() + batchSize - 1) / batchSize;
        TrainingProgress progress = new TrainingProgress(context, plan.epochs(), stepsPerEpoch);
        Map<String, M> current = plan.initialMasks(trainer.read(v -> v.role() != VariableRole.TRAINING_STATE));
        Set<String> held = Set.copyOf(current.keySet());
        Predicate<ModelVariable> masked = v -> v.role() == VariableRole.PRUNABLE_WEIGHT || held.contains(v.name());
        long step = 0;
        float[] x = new float[batchSize * data.exampleLength()];
        int[] y = new int[batchSize];
        for (int epoch = 1; epoch <= plan.epochs(); epoch++) {
            int[] order = epochOrder(data.size(), context, epoch);
            for (int start = 0; start < order.length; start += batchSize) {
                int n = Math.min(batchSize, order.length - start);
                float[] xs = n == batchSize ? x : new float[n * data.exampleLength()];
                int[] ys = n == batchSize ? y : new int[n];
                for (int i = 0; i < n; i++) {
                    data.copyInputs(order[start + i], 1, xs, i * data.exampleLength());
                    ys[i] = data.label(order[start + i]);
                }
                WeightSet prunable = trainer.read(masked);
                current = plan.masksAt(step, prunable).orElse(current);
                applyMasks(current, prunable);
                trainer.write(prunable);
                float loss = trainer.step(xs, ys, n);
                step++;
                progress.stepDone(epoch, step, loss, prunable.prunableSparsity());
            }
        }
        WeightSet prunable = trainer.read(masked);
        applyMasks(current, prunable);
        applyMasks(plan.finalMasks(prunable), prunable);
        trainer.write(prunable);
    }

    private static void applyMasks(Map<String, ? extends MaskSchedule.Mask> masks, WeightSet weights) {
        masks.forEach((name, mask) -> mask.applyTo(weights.get(name).tensor()));
    }

    private static void copyInto(WeightSet trained, WeightSet target) {
        for (WeightSet.Entry entry : target.entries()) {
            float[] values = trained.get(entry.variable().name()).tensor().values();
            System.arraycopy(values, 0, entry.tensor().values(), 0, values.length);
        }
    }

    /** The order the {@code count} examples are trained in during {@code epoch} (from 1): shuffled with the context's seed. */
    static int[] epochOrder(int count, StepContext context, int epoch) {
        return shuffledIndexes(count, context.random("fine-tuning epoch " + epoch));
    }

    private static int[] shuffledIndexes(int count, Random random) {
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
