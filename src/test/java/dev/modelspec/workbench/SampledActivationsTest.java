package dev.modelspec.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelspec.data.FashionMnist;
import dev.modelspec.data.LabeledData;
import dev.modelspec.data.LabeledImages;
import dev.modelspec.model.FloatTensor;
import dev.modelspec.model.ReluActivationSampler;
import dev.modelspec.model.SavedModel;
import dev.modelspec.model.SavedModelReference;
import dev.modelspec.model.WeightSet;
import dev.modelspec.model.graph.TrainingGraphCache;
import dev.modelspec.recipe.Recipe;
import dev.modelspec.recipe.pruning.Pruning;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** APoZ statistics in the workbench, on the committed small CNN (conv2d + ReLU, dense logits). */
class SampledActivationsTest {

    private static final SavedModelReference SMALL_CNN =
            SavedModelReference.of(Path.of("examples/models/fashion-cnn-small").toAbsolutePath());

    @Test
    void calibratesOnTheFirstThousandTrainingExamplesElseOnEvaluationExamples() {
        LabeledImages test = FashionMnist.test();
        LabeledData fromTraining = SampledActivations.calibrationSample(Optional.of(FashionMnist.train()), test);
        LabeledData fromEvaluation = SampledActivations.calibrationSample(Optional.empty(), test);
        LabeledData small = SampledActivations.calibrationSample(Optional.empty(), test.first(10));

        assertThat(fromTraining.name()).isEqualTo("fashion-mnist/train[0:1000]");
        assertThat(fromTraining.size()).isEqualTo(1_000);
        assertThat(fromEvaluation.name()).isEqualTo("fashion-mnist/test[0:1000]");
        assertThat(small.size()).isEqualTo(10);
    }

    @Test
    void measuresTheRecipesCurrentWeightsOnceWhenFirstAsked() {
        LabeledData sample = FashionMnist.test().first(200);
        try (SavedModel model = SavedModel.open(SMALL_CNN)) {
            WeightSet weights = model.readWeights();
            float[] kernel = weights.get("conv2d/kernel").tensor().values();
            float[] bias = weights.get("conv2d/bias").tensor().values();
            assertThat(IntStream.range(0, kernel.length).mapToDouble(i -> Math.abs(kernel[i])).max().orElseThrow())
                    .isLessThan(10);
            // Pixels are in [0, 1], so a 3x3 filter adds less than 90 to its bias: -1000 is never positive,
            // +1000 always is.
            bias[0] = -1000;
            bias[1] = 1000;
            SampledActivations activations = new SampledActivations(model, weights, sample);

            double[] apoz = activations.averageZeroFraction("conv2d/kernel");

            assertThat(apoz).hasSize(12).startsWith(1.0, 0.0);
            assertThat(apoz).containsExactly(ReluActivationSampler.of(model).measure(sample, 7).of("conv2d/kernel"));
            bias[0] = 0;
            assertThat(activations.averageZeroFraction("conv2d/kernel")).startsWith(1.0, 0.0);
            assertThatThrownBy(() -> activations.averageZeroFraction("dense/kernel"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("No post-ReLU activation of dense/kernel")
                    .hasMessageContaining("is not followed by a ReLU");
        }
    }

    @Test
    void candidateBuilderOffersThemToApozFilterPruning(@TempDir Path tmp) throws Exception {
        Recipe recipe = Recipe.prune(Pruning.filters().fraction(0.25).byApoz().skipLast());
        new CandidateBuilder(phase -> { }, TrainingGraphCache.keepingNothing()).build(SMALL_CNN, recipe, 0, Optional.empty(), FashionMnist.test(),
                tmp.resolve("candidate"));

        double[] apoz;
        try (SavedModel baseline = SavedModel.open(SMALL_CNN)) {
            apoz = ReluActivationSampler.of(baseline).measure(FashionMnist.test().first(1_000), 100).of("conv2d/kernel");
        }
        // round(0.25 * 12) = 3 filters, the most often zero first (scores 1 - APoZ, ties to the lower channel).
        List<Integer> mostOftenZero = IntStream.range(0, 12).boxed()
                .sorted(Comparator.comparingDouble((Integer c) -> (float) (1 - apoz[c])).thenComparing(c -> c))
                .limit(3).sorted().toList();
        // Measured on the first 1,000 test images: APoZ 0.699 (channel 6), 0.675 (2), 0.594 (10), then 0.554.
        assertThat(mostOftenZero).containsExactly(2, 6, 10);
        try (SavedModel candidate = SavedModel.open(SMALL_CNN.withDirectory(tmp.resolve("candidate/model")))) {
            FloatTensor kernel = candidate.read("conv2d/kernel");
            assertThat(zeroChannels(kernel)).isEqualTo(mostOftenZero);
            assertThat(candidate.read("dense/kernel").sparsity()).isZero();
        }
    }

    private static List<Integer> zeroChannels(FloatTensor kernel) {
        int channels = (int) kernel.dimension(-1);
        return IntStream.range(0, channels).filter(c -> IntStream.range(0, kernel.size() / channels)
                .allMatch(row -> kernel.values()[row * channels + c] == 0f)).boxed().toList();
    }
}
