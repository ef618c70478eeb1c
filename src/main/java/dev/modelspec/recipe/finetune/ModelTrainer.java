package dev.modelspec.recipe.finetune;

import dev.modelspec.model.ModelVariable;
import dev.modelspec.model.WeightSet;
import dev.modelspec.model.graph.ActivationRanges;
import dev.modelspec.recipe.TrainingSetup;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a fine-tuning loop trains through: the model's own training signature when it has one, else
 * a training graph derived from its serving signature ({@link DerivedGraphTrainer}). Weights are
 * read and written by the model's variable names either way; {@link #finish()} leaves the learned
 * values in the model's session, where the normal export finds them.
 */
interface ModelTrainer extends AutoCloseable {

    /** One optimizer step on {@code count} examples and their class labels; the loss before it. */
    float step(float[] examples, int[] labels, int count);

    /** The current values of the float weights {@code filter} accepts. */
    WeightSet read(Predicate<ModelVariable> filter);

    /** Replaces the values of the weights in {@code weights}. */
    void write(WeightSet weights);

    /** The ranges the activations were quantized with, when the training quantized them; empty by default. */
    default Optional<ActivationRanges> activationRanges() {
        return Optional.empty();
    }

    /** Copies the trained values into the model's session. */
    void finish();

    @Override
    void close();

    /**
     * The trainer for {@code setup}: its training signature if the model has it and {@code choices}
     * need nothing it cannot do (another optimizer, a simulated int8 grid), else a derived graph.
     */
    static ModelTrainer open(TrainingSetup setup, TrainingChoices choices) {
        boolean hasSignature = setup.model().signatures().stream().anyMatch(s -> s.key().equals(setup.signatureKey()));
        return hasSignature && !choices.needDerivedGraph() ? new SignatureTrainer(setup) : DerivedGraphTrainer.open(setup, choices);
    }
}
