package dev.modelspec.model.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.modelspec.model.FloatTensor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

/**
 * The activation quantization pass on the linear model {@code y = Identity(x w)} (x = [[1, 2], [3,
 * 4]], w = [0.5, -0.3], so x w = [-0.1, 0.3]): the layer output found from the graph, ranges
 * calibrated on batches, values on the int8 grid worked out by hand, and training that passes the
 * gradient at the quantized output straight through.
 */
class ActivationQuantizationTest {

    private static final float[] X = {1, 2, 3, 4};
    private static final float[] TARGETS = {1, 2};
    private static final float[] W = {0.5f, -0.3f};
    // Range [-1, 1]: scale 2 / 255, zero point from min 127.5 nudged to 128 (so nudged min -128 scale);
    // -0.1 -> round(115.25) = 115 -> (115 - 128) scale; 0.3 -> round(166.25) = 166 -> (166 - 128) scale.
    private static final float SCALE = 2f / 255f;
    private static final float[] ON_GRID = {-13 * SCALE, 38 * SCALE};

    private final FlatGraph linear = FlatGraph.inline(HandBuiltMetaGraphs.linear("Identity"), "serving_default");

    @Test
    void theLayerOutputIsFoundFromTheGraphAndASignatureOutputStaysFloat() {
        assertThat(ActivationQuantization.sites(linear, List.of("w"))).containsExactly("product");

        FlatGraph relu = FlatGraph.inline(HandBuiltMetaGraphs.linear("Relu"), "serving_default");
        assertThat(ActivationQuantization.sites(relu, List.of("w"))).as("the Relu is the signature's output").isEmpty();
    }

    @Test
    void rangesAreTheMeanOfTheBatchesRangesWidenedToZero() {
        Map<String, FloatTensor> values = Map.of("w", weight());

        ActivationRanges one = ActivationRanges.calibrate(linear, values, List.of("product"), X, 2);
        ActivationRanges two = ActivationRanges.calibrate(linear, values, List.of("product"), X, 1);

        assertThat(one.ranges()).containsOnlyKeys("product");
        assertThat(one.ranges().get("product").min()).isCloseTo(-0.1f, within(1e-7f));
        assertThat(one.ranges().get("product").max()).isCloseTo(0.3f, within(1e-7f));
        // Batches [-0.1] and [0.3]: mean min 0.1 and mean max 0.1, the min widened to 0.
        assertThat(two.ranges().get("product").min()).isZero();
        assertThat(two.ranges().get("product").max()).isCloseTo(0.1f, within(1e-7f));
    }

    @Test
    void theServingGraphComputesWithTheActivationOnItsInt8Grid() {
        assertThat(outputs(ActivationQuantization.forServing(linear, ranges(-1, 1)))).containsExactly(ON_GRID, within(1e-7f));
        assertThat(outputs(ActivationQuantization.forTraining(linear, ranges(-1, 1)))).containsExactly(ON_GRID, within(1e-7f));
        // Range [0, 0.255]: scale 0.001; -0.1 clamps to 0, 0.3 to 0.255.
        assertThat(outputs(ActivationQuantization.forServing(linear, ranges(0, 0.255f)))).containsExactly(new float[] {0, 0.255f},
                within(1e-6f));
        assertThat(outputs(linear)).as("without the pass").containsExactly(new float[] {-0.1f, 0.3f}, within(1e-7f));
    }

    @Test
    void trainingPassesTheGradientAtTheQuantizedOutputStraightThrough() {
        FlatGraph quantized = ActivationQuantization.forTraining(linear, ranges(-1, 1));
        try (TrainingGraph training = TrainingGraph.build(quantized, OutputKind.REGRESSION, Optimizer.sgd(0.1, 0), v -> true)) {
            training.load(Map.of("w", weight()));

            float loss = training.step(X, TARGETS, 2);

            float[] error = {ON_GRID[0] - TARGETS[0], ON_GRID[1] - TARGETS[1]};
            assertThat(loss).isCloseTo((error[0] * error[0] + error[1] * error[1]) / 2, within(1e-6f));
            // d loss / d w = 2 / n x^T error, the error taken at the quantized output.
            float[] expected = {W[0] - 0.1f * (X[0] * error[0] + X[2] * error[1]), W[1] - 0.1f * (X[1] * error[0] + X[3] * error[1])};
            assertThat(training.values().get("w").values()).containsExactly(expected, within(1e-6f));
        }
    }

    @Test
    void theServingFormHasNoGradientInTensorFlowsCppRegistry() {
        FlatGraph serving = ActivationQuantization.forServing(linear, ranges(-1, 1));

        assertThatThrownBy(() -> TrainingGraph.build(serving, OutputKind.REGRESSION, Optimizer.sgd(0.1, 0), v -> true).close())
                .isInstanceOf(GraphRewriteException.class).hasMessageContaining("FakeQuantWithMinMaxArgs");
    }

    @Test
    void refusesAnActivationTwiceAnUnknownOneAndAnEmptyRange() {
        FlatGraph once = ActivationQuantization.forServing(linear, ranges(-1, 1));

        assertThatThrownBy(() -> ActivationQuantization.forServing(once, ranges(-1, 1))).hasMessageContaining("quantized already");
        assertThatThrownBy(() -> ActivationQuantization.forServing(linear, new ActivationRanges(Map.of("dense/Relu",
                new ActivationRanges.Range(0, 1))))).isInstanceOf(GraphRewriteException.class).hasMessageContaining("dense/Relu");
        assertThatThrownBy(() -> new ActivationRanges.Range(0, 0)).hasMessageContaining("min <= 0 < max");
    }

    private static ActivationRanges ranges(float min, float max) {
        return new ActivationRanges(Map.of("product", new ActivationRanges.Range(min, max)));
    }

    private static FloatTensor weight() {
        return new FloatTensor(new long[] {2, 1}, W.clone());
    }

    private static float[] outputs(FlatGraph graph) {
        try (FlatGraphSession session = FlatGraphSession.open(graph);
                Tensor x = TFloat32.tensorOf(Shape.of(2, 2), DataBuffers.of(X, true, false))) {
            session.load(Map.of("w", weight()));
            return session.run(Map.of("x", x), "y").values();
        }
    }
}
