package dev.modelspec.recipe.finetune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelspec.data.FashionMnist;
import dev.modelspec.data.LabeledData;
import dev.modelspec.model.SavedModel;
import dev.modelspec.model.SavedModelReference;
import dev.modelspec.model.WeightSet;
import dev.modelspec.model.graph.Optimizer;
import dev.modelspec.model.graph.TrainingGraphCache;
import dev.modelspec.model.graph.WeightStorage;
import dev.modelspec.recipe.CompressionStep;
import dev.modelspec.recipe.StepContext;
import dev.modelspec.recipe.TrainingContext;
import dev.modelspec.recipe.TrainingSetup;
import dev.modelspec.recipe.pruning.PolynomialDecay;
import dev.modelspec.recipe.pruning.Pruning;
import dev.modelspec.recipe.quantization.Quantization;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * What a recipe chooses about fine-tuning, on the committed small CNN (which has a {@code train}
 * signature: a chosen optimizer or quantization-aware training must use the derived graph instead):
 * the optimizer, and the derived training graph built once per baseline and lent to every recipe.
 */
class FineTuningChoicesTest {

    private static final SavedModelReference SMALL_CNN = SavedModelReference.of(Path.of("examples/models/fashion-cnn-small"));
    private static final LabeledData TRAINING = FashionMnist.train().first(256);

    @Test
    void theChosenOptimizerTrains() {
        WeightSet start = tuned(FineTuning.epochs(1).batchSize(64).withOptimizer(Optimizer.sgd(1e-12, 0)), TrainingGraphCache.keepingNothing());
        WeightSet adam = tuned(FineTuning.epochs(1).batchSize(64).withOptimizer(Optimizer.adam(1e-3)), TrainingGraphCache.keepingNothing());
        WeightSet original = original();

        // SGD at 1e-12 leaves every weight where it was; Adam at 1e-3 moves each by about 1e-3 a step.
        assertThat(largestChange(original, start)).as("largest change after SGD at 1e-12").isLessThan(1e-6);
        assertThat(largestChange(original, adam)).as("largest change after 4 Adam steps at 1e-3").isGreaterThan(1e-3);
    }

    @Test
    void gradualPruningTrainsWithTheChosenOptimizer() {
        PolynomialDecay toHalf = new PolynomialDecay(0.5, 0.5, 0, 4, 1, 1);
        WeightSet still = tuned(Pruning.gradual(Pruning.magnitude(), toHalf).epochs(1).batchSize(64)
                .withOptimizer(Optimizer.sgd(1e-12, 0)), TrainingGraphCache.keepingNothing());
        WeightSet moved = tuned(Pruning.gradual(Pruning.magnitude(), toHalf).epochs(1).batchSize(64)
                .withOptimizer(Optimizer.adam(1e-3)), TrainingGraphCache.keepingNothing());
        WeightSet oneShot = original();
        Pruning.magnitude().sparsity(0.5).apply(oneShot, StepContext.seeded(42));

        // Under SGD at 1e-12 the result is one-shot pruning at 50%; Adam moves the kept weights.
        assertThat(largestChange(oneShot, still)).as("largest change after SGD at 1e-12").isLessThan(1e-6);
        assertThat(largestChange(oneShot, moved)).as("largest change after 4 Adam steps at 1e-3").isGreaterThan(1e-3);
    }

    @Test
    void theOptimizerIsPartOfTheCanonicalForm() {
        assertThat(FineTuning.epochs(2).canonicalForm()).isEqualTo("finetune(epochs=2,batchSize=32)");
        assertThat(FineTuning.epochs(2).withOptimizer(Optimizer.sgd(0.01, 0.9)).canonicalForm())
                .isEqualTo("finetune(epochs=2,batchSize=32,optimizer=sgd(0.01,momentum=0.9))");
        assertThat(FineTuning.epochs(2).withOptimizer(Optimizer.adam(1e-4)).batchSize(64).optimizer()).contains(Optimizer.adam(1e-4));
        assertThatThrownBy(() -> FineTuning.epochs(1).withOptimizer(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void quantizationAwareFineTuningIsOneTrainingStepThatShipsInt8() {
        QuantizationAwareFineTuning step = FineTuning.epochs(2).batchSize(64).quantizationAware(Quantization.int8().perChannel().stored());

        assertThat(step.canonicalForm()).isEqualTo(
                "qat(finetune(epochs=2,batchSize=64),quantize.int8(scheme=symmetric,granularity=per-channel,storage=int8))");
        assertThat(step.trains()).isTrue();
        assertThat(step.bitsPerWeight()).isEqualTo(8);
        assertThat(step.storage()).contains(WeightStorage.INT8);
    }

    @Test
    void recipesOnOneBaselineShareOneTrainingGraphAndTrainAsWithTheirOwn() {
        FineTuning tuning = FineTuning.epochs(1).batchSize(64).withOptimizer(Optimizer.adam(1e-3));
        try (TrainingGraphCache shared = TrainingGraphCache.create()) {
            WeightSet first = tuned(tuning, shared);
            WeightSet second = tuned(tuning, shared);
            assertThat(shared.builds()).as("training graphs built for two recipes").isEqualTo(1);

            WeightSet alone = tuned(tuning, TrainingGraphCache.keepingNothing());
            assertThat(largestChange(first, second)).as("second recipe against the first").isLessThan(1e-6);
            assertThat(largestChange(first, alone)).as("shared graph against a graph of its own").isLessThan(1e-6);

            tuned(tuning.withOptimizer(Optimizer.sgd(0.01, 0.9)), shared);
            tuned(tuning.quantizationAware(Quantization.int8()), shared);
            assertThat(shared.builds()).as("another optimizer or a simulated grid is another graph").isEqualTo(3);
        }
    }

    @Test
    void aCacheLendsOnlyWhatItBuiltAndNothingOnceClosed() {
        TrainingGraphCache cache = TrainingGraphCache.create();
        cache.close();

        assertThatThrownBy(() -> cache.release(null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not acquired");
        assertThatThrownBy(() -> cache.acquire(null, null, null)).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    private static WeightSet tuned(CompressionStep step, TrainingGraphCache cache) {
        try (SavedModel model = SavedModel.open(SMALL_CNN)) {
            WeightSet weights = model.readWeights();
            step.apply(weights, context(new TrainingSetup(model, TRAINING, "train", cache)));
            return weights;
        }
    }

    private static WeightSet original() {
        try (SavedModel model = SavedModel.open(SMALL_CNN)) {
            return model.readWeights();
        }
    }

    private static double largestChange(WeightSet from, WeightSet to) {
        double largest = 0;
        for (WeightSet.Entry entry : from.entries()) {
            float[] a = entry.tensor().values();
            float[] b = to.get(entry.variable().name()).tensor().values();
            for (int i = 0; i < a.length; i++) {
                largest = Math.max(largest, Math.abs(a[i] - b[i]));
            }
        }
        return largest;
    }

    private static StepContext context(TrainingSetup setup) {
        return TrainingContext.of(42, setup);
    }
}
