package dev.modelspec.recipe.finetune;

import dev.modelspec.model.ModelVariable;
import dev.modelspec.model.SavedModel;
import dev.modelspec.model.TrainingSignature;
import dev.modelspec.model.WeightSet;
import dev.modelspec.recipe.TrainingSetup;
import java.util.function.Predicate;

/** Trains through the model's own training signature, in the model's session. */
final class SignatureTrainer implements ModelTrainer {

    private final SavedModel model;
    private final TrainingSignature signature;

    SignatureTrainer(TrainingSetup setup) {
        this.model = setup.model();
        this.signature = TrainingSignature.of(model, setup.signatureKey());
    }

    @Override
    public float step(float[] examples, int[] labels, int count) {
        return signature.step(examples, labels, count);
    }

    @Override
    public WeightSet read(Predicate<ModelVariable> filter) {
        return model.readWeights(filter);
    }

    @Override
    public void write(WeightSet weights) {
        model.writeWeights(weights);
    }

    /** Nothing to copy: the signature trains the model's own variables. */
    @Override
    public void finish() {}

    @Override
    public void close() {}
}
