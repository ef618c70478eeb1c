package dev.modelspec.recipe.finetune;

import dev.modelspec.model.graph.FakeQuantization;
import dev.modelspec.model.graph.Optimizer;
import java.util.Optional;

/**
 * What a recipe chose about how its fine-tuning trains, beyond the schedule: the optimizer, the
 * int8 grid simulated on the prunable weights (quantization-aware fine-tuning), and whether the
 * layers' outputs are read through int8 too. Any such choice needs the training graph derived from
 * the serving signature: a model's own {@code train} signature has its optimizer built in and
 * cannot round its weights or activations.
 *
 * @param optimizer the optimizer; empty for Adam at {@value DerivedGraphTrainer#LEARNING_RATE}
 *     (or the model's own training signature, when it has one)
 * @param fakeQuantization the grid the prunable weights are read through while training, if any
 * @param activations whether the layers' outputs are read through their calibrated int8 grid too
 *     ({@link dev.modelspec.model.graph.ActivationQuantization})
 */
record TrainingChoices(Optional<Optimizer> optimizer, Optional<FakeQuantization> fakeQuantization, boolean activations) {

    /** No choice made: the training signature if there is one, else the derived graph with Adam. */
    static final TrainingChoices DEFAULTS = new TrainingChoices(Optional.empty(), Optional.empty(), false);

    /** Whether only the derived training graph can train as chosen. */
    boolean needDerivedGraph() {
        return optimizer.isPresent() || fakeQuantization.isPresent() || activations;
    }

    /** The optimizer chosen, else Adam at Keras' default learning rate. */
    Optimizer optimizerOrDefault() {
        return optimizer.orElseGet(() -> Optimizer.adam(DerivedGraphTrainer.LEARNING_RATE));
    }
}
