package dev.modelspec.recipe.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelspec.data.FashionMnist;
import dev.modelspec.data.LabeledData;
import dev.modelspec.interop.GeneratedModels;
import dev.modelspec.metrics.evaluation.Evaluator;
import dev.modelspec.model.ExportOptions;
import dev.modelspec.model.ModelRunner;
import dev.modelspec.model.SavedModel;
import dev.modelspec.model.SavedModelReference;
import dev.modelspec.model.WeightSet;
import dev.modelspec.recipe.StepContext;
import dev.modelspec.recipe.TrainingContext;
import dev.modelspec.recipe.TrainingSetup;
import dev.modelspec.recipe.pruning.ConstantSparsity;
import dev.modelspec.recipe.pruning.GradualPruning;
import dev.modelspec.recipe.pruning.Pruning;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Gradual pruning fine-tunes exports that have no {@code train} signature through the derived
 * training graph: 50% sparsity one-shot, then one epoch on 2,000 Fashion-MNIST images with the
 * masks held, exported through the model's normal export.
 */
@Tag("interop")
class DerivedGraphFineTuningTest {

    private static final GradualPruning HALF = Pruning.gradual(Pruning.magnitude(), new ConstantSparsity(0.5, 0, -1, 10))
            .epochs(1).batchSize(32);

    @TempDir
    Path temporary;

    @ParameterizedTest
    @ValueSource(strings = {"keras3_export_cnn", "tf1_graph", "keras3_bn_dropout", "keras3_saved_mlp"})
    void fineTunesAModelWithoutTrainingSignatureBackAboveItsOneShotAccuracy(String kind) {
        SavedModelReference reference = SavedModelReference.of(GeneratedModels.get(kind).directory());
        LabeledData training = FashionMnist.train().first(2000);
        WeightSet tuned;
        try (SavedModel model = SavedModel.open(reference)) {
            assertThat(model.signatures()).noneMatch(s -> s.key().equals("train"));
            WeightSet oneShot = model.readWeights();
            Pruning.magnitude().sparsity(0.5).apply(oneShot, StepContext.seeded(1));
            tuned = model.readWeights();
            new MaskedFineTuning<>(HALF, Optional.empty()).run(tuned, context(new TrainingSetup(model, training, "train")));
            model.writeWeights(tuned);
            model.exportTo(temporary.resolve("tuned"), ExportOptions.zeroingTrainingState());
            model.writeWeights(oneShot);
            model.exportTo(temporary.resolve("one-shot"), ExportOptions.zeroingTrainingState());
        }

        for (WeightSet.Entry entry : tuned.prunable()) {
            assertThat(entry.tensor().sparsity()).as(entry.variable().name()).isEqualTo(
                    Math.round(0.5 * entry.tensor().size()) / (double) entry.tensor().size());
        }
        double oneShot = accuracy(reference, temporary.resolve("one-shot"));
        double fineTuned = accuracy(reference, temporary.resolve("tuned"));
        assertThat(fineTuned).as("accuracy after fine-tuning (one-shot %.4f)", oneShot).isGreaterThan(oneShot + 0.02);
    }

    /** The real Keras 2 export of {@code ../shared/fixtures} (Keras 2 {@code model.save()}, MLP 300-100-10, softmax). */
    @Test
    void fineTunesARealKeras2ExportBackAboveItsOneShotAccuracy() {
        Path fixture = Path.of(System.getProperty("modelspec.fixtures", "../shared/fixtures")).resolve("keras2-fmnist-mlp")
                .toAbsolutePath().normalize();
        assertThat(fixture.resolve("saved_model.pb")).as("the Keras 2 fixture; set -Dmodelspec.fixtures=<dir>").isRegularFile();
        SavedModelReference reference = SavedModelReference.of(fixture);
        GradualPruning eighty = Pruning.gradual(Pruning.magnitude(), new ConstantSparsity(0.8, 0, -1, 10)).epochs(1).batchSize(32);
        try (SavedModel model = SavedModel.open(reference)) {
            WeightSet oneShot = model.readWeights();
            Pruning.magnitude().sparsity(0.8).apply(oneShot, StepContext.seeded(1));
            WeightSet tuned = model.readWeights();
            new MaskedFineTuning<>(eighty, Optional.empty()).run(tuned, context(new TrainingSetup(model, FashionMnist.train().first(2000), "train")));
            model.writeWeights(tuned);
            model.exportTo(temporary.resolve("tuned"), ExportOptions.zeroingTrainingState());
            model.writeWeights(oneShot);
            model.exportTo(temporary.resolve("one-shot"), ExportOptions.zeroingTrainingState());
        }
        double oneShot = accuracy(reference, temporary.resolve("one-shot"));
        assertThat(accuracy(reference, temporary.resolve("tuned"))).as("accuracy after fine-tuning (one-shot %.4f)", oneShot)
                .isGreaterThan(oneShot + 0.02);
    }

    @Test
    void aFineTuningStepAfterPruningKeepsThePrunedWeightsAtZeroAndTrainsTheOthers() {
        SavedModelReference reference = SavedModelReference.of(GeneratedModels.get("keras3_export_cnn").directory());
        try (SavedModel model = SavedModel.open(reference)) {
            WeightSet weights = model.readWeights();
            Pruning.magnitude().sparsity(0.5).apply(weights, StepContext.seeded(1));
            WeightSet pruned = weights.copy();
            FineTuning step = FineTuning.epochs(1).batchSize(64);

            step.apply(weights, context(new TrainingSetup(model, FashionMnist.train().first(1000), "train")));

            assertThat(step.canonicalForm()).isEqualTo("finetune(epochs=1,batchSize=64)");
            for (WeightSet.Entry entry : weights.prunable()) {
                float[] before = pruned.get(entry.variable().name()).tensor().values();
                float[] after = entry.tensor().values();
                assertThat(IntStream.range(0, after.length).filter(i -> (before[i] == 0) != (after[i] == 0)).count())
                        .as("weights of %s that changed between zero and non-zero", entry.variable().name()).isZero();
                assertThat(after).as(entry.variable().name()).isNotEqualTo(before);
            }
        }
    }

    private static double accuracy(SavedModelReference baseline, Path model) {
        try (ModelRunner runner = ModelRunner.open(baseline.withDirectory(model))) {
            return Evaluator.create().evaluate(runner, FashionMnist.test().first(2000)).accuracy();
        }
    }

    private static StepContext context(TrainingSetup setup) {
        return TrainingContext.of(42, setup);
    }
}
