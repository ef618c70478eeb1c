package dev.modelspec.examples;

import dev.modelspec.api.CompressionRecipe;
import dev.modelspec.api.ModelSpec;
import dev.modelspec.api.Tolerance;
import dev.modelspec.data.FashionMnistTest;
import dev.modelspec.data.FashionMnistTrain;
import dev.modelspec.recipe.Recipe;
import dev.modelspec.recipe.finetune.FineTuning;
import dev.modelspec.recipe.pruning.PolynomialDecay;
import dev.modelspec.recipe.pruning.Pruning;
import dev.modelspec.recipe.quantization.Quantization;

/**
 * The compression sources' table on the small CNN, every cell measured on the model that ships:
 * pruned and fine-tuned (tfmot's 50% → 80% schedule), int8 stored as int8, both, and half of the
 * convolution's filters removed, one-shot and fine-tuned. The report's table and trade-off show accuracy, latency at batch 1
 * and 32, SavedModel and gzip bytes with their reductions, and sparsity (docs/storage.md).
 *
 * <p>The gradually pruned recipes share their training with {@link FashionCnnSmallGradualPruningSpec}:
 * the cache continues from its result. Only the filter recipe fine-tunes on its own (two epochs).
 */
@ModelSpec(baseline = "models/fashion-cnn-small", data = FashionMnistTest.class, trainingData = FashionMnistTrain.class)
class FashionCnnSmallCompressionTableSpec {

    @CompressionRecipe
    @Tolerance(maxAccuracyDrop = 0.005, minSparsity = 0.79)
    static Recipe prunedFineTuned() {
        return Recipe.of(Pruning.gradual(Pruning.magnitude(), new PolynomialDecay(0.5, 0.8, 0, 2814, 3, 10))
                .epochs(6).batchSize(64));
    }

    @CompressionRecipe
    @Tolerance(maxAccuracyDrop = 0.005, maxSavedModelRatio = 0.35)
    static Recipe int8() {
        return Recipe.of(Quantization.int8().perChannel().stored());
    }

    @CompressionRecipe
    @Tolerance(maxAccuracyDrop = 0.01, minSparsity = 0.79, maxSavedModelRatio = 0.35)
    static Recipe prunedFineTunedInt8() {
        return prunedFineTuned().then(Quantization.int8().perChannel().stored());
    }

    /** One-shot: half of the convolution's filters removed with their biases and the dense rows they feed. */
    @CompressionRecipe
    @Tolerance(maxAccuracyDrop = 0.05, maxSavedModelRatio = 0.35)
    static Recipe halfTheFiltersRemoved() {
        return Recipe.prune(Pruning.filters().fraction(0.5).layers("conv2d").removing());
    }

    /** The same filters removed after two epochs of fine-tuning, which holds them (and their biases) at zero. */
    @CompressionRecipe
    @Tolerance(maxAccuracyDrop = 0.02, maxSavedModelRatio = 0.35)
    static Recipe halfTheFiltersRemovedFineTuned() {
        return halfTheFiltersRemoved().then(FineTuning.epochs(2).batchSize(64));
    }
}
