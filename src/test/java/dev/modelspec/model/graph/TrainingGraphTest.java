package dev.modelspec.model.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.modelspec.model.FloatTensor;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Training steps on a linear model {@code y = x w} with mean squared error, checked against the
 * updates worked out by hand: x = [[1, 2], [3, 4]], targets [1, 2], w = [0.5, -0.5] give the
 * errors [-1.5, -2.5], loss 4.25 and the gradient [-9, -13].
 */
class TrainingGraphTest {

    private static final float[] X = {1, 2, 3, 4};
    private static final float[] TARGETS = {1, 2};

    @Test
    void anSgdStepMovesTheWeightsAgainstTheGradient() {
        try (TrainingGraph training = linear(Optimizer.sgd(0.1, 0))) {
            assertThat(training.outputKind()).isEqualTo(OutputKind.REGRESSION);

            float loss = training.step(X, TARGETS, 2);

            assertThat(loss).isEqualTo(4.25f);
            assertThat(training.values().get("w").values()).containsExactly(new float[] {1.4f, 0.8f}, within(1e-6f));
        }
    }

    @Test
    void momentumAddsThePreviousStepToTheNext() {
        try (TrainingGraph training = linear(Optimizer.sgd(0.1, 0.5))) {
            training.step(X, TARGETS, 2);
            float[] first = training.values().get("w").values().clone();
            // At w = [1.4, 0.8] the errors are [2, 5.4] and the gradient [18.2, 25.6]; v = 0.5 v - 0.1 g.
            training.step(X, TARGETS, 2);

            assertThat(first).containsExactly(new float[] {1.4f, 0.8f}, within(1e-6f));
            assertThat(training.values().get("w").values()).containsExactly(new float[] {1.4f + 0.45f - 1.82f, 0.8f + 0.65f - 2.56f}, within(1e-5f));
        }
    }

    @Test
    void adamsFirstStepIsTheLearningRateAgainstTheGradientsSign() {
        try (TrainingGraph training = linear(Optimizer.adam(0.1))) {
            training.step(X, TARGETS, 2);

            assertThat(training.values().get("w").values()).containsExactly(new float[] {0.6f, -0.4f}, within(1e-5f));
        }
    }

    @Test
    void loadingWeightsResetsTheOptimizerState() {
        try (TrainingGraph training = linear(Optimizer.sgd(0.1, 0.5))) {
            training.step(X, TARGETS, 2);
            training.load(Map.of("w", new FloatTensor(new long[] {2, 1}, new float[] {0.5f, -0.5f})));
            training.step(X, TARGETS, 2);

            assertThat(training.values().get("w").values()).containsExactly(new float[] {1.4f, 0.8f}, within(1e-6f));
        }
    }

    @Test
    void detectsTheOutputKindFromTheOpThatComputesIt() {
        assertThat(OutputKind.detect(FlatGraph.inline(HandBuiltMetaGraphs.linear("Sigmoid"), "serving_default")))
                .isEqualTo(OutputKind.SIGMOID);
        assertThat(OutputKind.detect(FlatGraph.inline(HandBuiltMetaGraphs.linear("Softmax"), "serving_default")))
                .isEqualTo(OutputKind.PROBABILITIES);
        assertThat(OutputKind.detect(FlatGraph.inline(HandBuiltMetaGraphs.linear("Identity"), "serving_default")))
                .isEqualTo(OutputKind.REGRESSION);
    }

    @Test
    void aSigmoidOutputTrainsOnBinaryCrossEntropyOfItsLogits() {
        FlatGraph flat = FlatGraph.inline(HandBuiltMetaGraphs.linear("Sigmoid"), "serving_default");
        try (TrainingGraph training = TrainingGraph.build(flat, OutputKind.SIGMOID, Optimizer.sgd(0.1, 0), v -> true)) {
            training.load(Map.of("w", new FloatTensor(new long[] {2, 1}, new float[] {0.5f, -0.5f})));

            // Both logits are -0.5: (log(1 + e^0.5) + log(1 + e^-0.5)) / 2 for the labels 1 and 0.
            assertThat(training.step(X, new int[] {1, 0}, 2)).isCloseTo(0.724077f, within(1e-6f));
            assertThat(training.step(X, new int[] {1, 0}, 2)).isLessThan(0.724077f);
        }
    }

    @Test
    void anOpWithoutGradientIsNamed() {
        FlatGraph flat = FlatGraph.inline(HandBuiltMetaGraphs.linear("Round"), "serving_default");

        assertThatThrownBy(() -> TrainingGraph.build(flat, OutputKind.REGRESSION, Optimizer.sgd(0.1, 0), v -> true))
                .isInstanceOf(GraphRewriteException.class).hasMessageContaining("Round");
    }

    @Test
    void rejectsALabelKindThatDoesNotMatchTheOutput() {
        FlatGraph flat = FlatGraph.inline(HandBuiltMetaGraphs.linear("Identity"), "serving_default");

        assertThatThrownBy(() -> TrainingGraph.build(flat, OutputKind.SIGMOID, Optimizer.sgd(0.1, 0), v -> true))
                .isInstanceOf(GraphRewriteException.class).hasMessageContaining("not Sigmoid");
        assertThatThrownBy(() -> Optimizer.sgd(0.1, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("momentum");
        assertThatThrownBy(() -> Optimizer.adam(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("learning rate");
    }

    private static TrainingGraph linear(Optimizer optimizer) {
        FlatGraph flat = FlatGraph.inline(HandBuiltMetaGraphs.linear("Identity"), "serving_default");
        TrainingGraph training = TrainingGraph.build(flat, OutputKind.detect(flat), optimizer, v -> true);
        training.load(Map.of("w", new FloatTensor(new long[] {2, 1}, new float[] {0.5f, -0.5f})));
        return training;
    }
}
