package dev.modelspec.recipe.finetune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelspec.data.FashionMnist;
import dev.modelspec.data.LabeledData;
import dev.modelspec.metrics.evaluation.Evaluator;
import dev.modelspec.model.ExportOptions;
import dev.modelspec.model.ModelRunner;
import dev.modelspec.model.SavedModel;
import dev.modelspec.model.SavedModelReference;
import dev.modelspec.model.WeightSet;
import dev.modelspec.recipe.StepContext;
import dev.modelspec.recipe.TrainingSetup;
import dev.modelspec.recipe.pruning.ConstantSparsity;
import dev.modelspec.recipe.pruning.GradualPruning;
import dev.modelspec.recipe.pruning.Pruning;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fine-tunes the committed small CNN at constant 50% sparsity on 2,000 training examples. */
class MaskedFineTuningTest {

    private static final SavedModelReference SMALL_CNN = SavedModelReference.of(Path.of("examples/models/fashion-cnn-small"));
    private static final GradualPruning HALF = Pruning.gradual(Pruning.magnitude(), new ConstantSparsity(0.5, 0, -1, 10))
            .epochs(1).batchSize(32);

    @Test
    void keepsPrunedWeightsAtZeroWhileTrainingTheRestBackToAccuracy(@TempDir Path tmp) {
        LabeledData training = FashionMnist.train().first(2000);
        List<String> progress = new ArrayList<>();
        WeightSet oneShot;
        WeightSet tuned;
        try (SavedModel model = SavedModel.open(SMALL_CNN)) {
            oneShot = model.readWeights();
            Pruning.magnitude().sparsity(0.5).apply(oneShot, StepContext.seeded(1));
            tuned = model.readWeights();
            new MaskedFineTuning<>(HALF, Optional.empty()).run(tuned, context(new TrainingSetup(model, training, "train"), progress));
            model.writeWeights(tuned);
            model.exportTo(tmp.resolve("tuned"), ExportOptions.zeroingTrainingState());
            model.writeWeights(oneShot);
            model.exportTo(tmp.resolve("one-shot"), ExportOptions.zeroingTrainingState());
        }

        for (WeightSet.Entry entry : tuned.prunable()) {
            assertThat(entry.tensor().sparsity()).as(entry.variable().name()).isEqualTo(
                    Math.round(0.5 * entry.tensor().size()) / (double) entry.tensor().size());
        }
        assertThat(tuned.get("dense/bias").tensor().values()).isNotEqualTo(oneShot.get("dense/bias").tensor().values());
        assertThat(accuracy(tmp.resolve("tuned"))).isGreaterThan(accuracy(tmp.resolve("one-shot")) + 0.05);
        assertThat(progress).isNotEmpty().last().asString()
                .startsWith("fine-tune epoch 1/1 step 63/63 loss ").contains("sparsity 0.500");
    }

    @Test
    void explainsThatItNeedsTrainingData() {
        WeightSet weights = new WeightSet();

        assertThatThrownBy(() -> new MaskedFineTuning<>(HALF, Optional.empty()).run(weights, StepContext.seeded(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageEndingWith("fine-tunes the model, but the spec declares no training data. "
                        + "Add trainingData = <a DataProvider> to @ModelSpec.");
    }

    private static double accuracy(Path model) {
        try (ModelRunner runner = ModelRunner.open(SMALL_CNN.withDirectory(model))) {
            return Evaluator.create().evaluate(runner, FashionMnist.test()).accuracy();
        }
    }

    private static StepContext context(TrainingSetup setup, List<String> progress) {
        return new StepContext() {
            @Override
            public long seed() {
                return 42;
            }

            @Override
            public void progress(String message) {
                progress.add(message);
            }

            @Override
            public Optional<TrainingSetup> training() {
                return Optional.of(setup);
            }
        };
    }
}
