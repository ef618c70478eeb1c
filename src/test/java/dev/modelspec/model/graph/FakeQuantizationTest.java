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
 * The fake-quantization pass on the linear model {@code y = x w} (x = [[1, 2], [3, 4]], w = [0.5,
 * -0.3]): the graph computes with w on its int8 grid, worked out by hand, and training passes the
 * gradient at the rounded weight straight through to the float weight.
 */
class FakeQuantizationTest {

    private static final float[] X = {1, 2, 3, 4};
    private static final float[] TARGETS = {1, 2};
    private static final float[] W = {0.5f, -0.3f};
    // Symmetric: scale 0.5 / 127, -0.3 / scale = -76.2 -> -76.
    private static final float SYMMETRIC_SCALE = 0.5f / 127f;
    private static final float[] SYMMETRIC = {127 * SYMMETRIC_SCALE, -76 * SYMMETRIC_SCALE};
    // Asymmetric: range [-0.3, 0.5], scale 0.8 / 255, zero point round(-128 + 0.3 / scale) = -32;
    // 0.5 -> 127, -0.3 -> round(-95.625) - 32 = -128.
    private static final float ASYMMETRIC_SCALE = 0.8f / 255f;
    private static final float[] ASYMMETRIC = {159 * ASYMMETRIC_SCALE, -96 * ASYMMETRIC_SCALE};

    private final FlatGraph linear = FlatGraph.inline(HandBuiltMetaGraphs.linear("Identity"), "serving_default");

    @Test
    void theGraphComputesWithTheWeightOnItsInt8Grid() {
        assertThat(outputs(new FakeQuantization(true, false), W)).containsExactly(product(SYMMETRIC), within(1e-6f));
        assertThat(outputs(new FakeQuantization(true, true), W)).containsExactly(product(SYMMETRIC), within(1e-6f));
        assertThat(outputs(new FakeQuantization(false, false), W)).containsExactly(product(ASYMMETRIC), within(1e-6f));
        assertThat(outputs(new FakeQuantization(false, true), W)).containsExactly(product(ASYMMETRIC), within(1e-6f));
    }

    @Test
    void anAllZeroWeightStaysZero() {
        assertThat(outputs(new FakeQuantization(true, false), new float[] {0, 0})).containsExactly(0f, 0f);
        assertThat(outputs(new FakeQuantization(false, true), new float[] {0, 0})).containsExactly(0f, 0f);
    }

    @Test
    void trainingPassesTheGradientAtTheRoundedWeightToTheFloatWeight() {
        FlatGraph quantized = new FakeQuantization(true, false).applyTo(linear, List.of("w"));
        try (TrainingGraph training = TrainingGraph.build(quantized, OutputKind.REGRESSION, Optimizer.sgd(0.1, 0), v -> true)) {
            training.load(Map.of("w", new FloatTensor(new long[] {2, 1}, W.clone())));

            float loss = training.step(X, TARGETS, 2);

            float[] y = product(SYMMETRIC);
            float[] error = {y[0] - TARGETS[0], y[1] - TARGETS[1]};
            assertThat(loss).isCloseTo((error[0] * error[0] + error[1] * error[1]) / 2, within(1e-6f));
            // d loss / d w = 2 / n x^T error, at the rounded weight.
            float[] expected = {W[0] - 0.1f * (X[0] * error[0] + X[2] * error[1]), W[1] - 0.1f * (X[1] * error[0] + X[3] * error[1])};
            assertThat(training.values().get("w").values()).containsExactly(expected, within(1e-6f));
        }
    }

    @Test
    void refusesAWeightTwiceAndAnUnknownOne() {
        FakeQuantization grid = new FakeQuantization(true, false);
        FlatGraph once = grid.applyTo(linear, List.of("w"));

        assertThatThrownBy(() -> grid.applyTo(once, List.of("w"))).isInstanceOf(GraphRewriteException.class)
                .hasMessageContaining("fake-quantized already");
        assertThatThrownBy(() -> grid.applyTo(linear, List.of("bias"))).hasMessageContaining("No weight bias");
        assertThat(grid).hasToString("int8(symmetric,per-tensor)");
    }

    private float[] outputs(FakeQuantization grid, float[] w) {
        try (FlatGraphSession session = FlatGraphSession.open(grid.applyTo(linear, List.of("w")));
                Tensor x = TFloat32.tensorOf(Shape.of(2, 2), DataBuffers.of(X, true, false))) {
            session.load(Map.of("w", new FloatTensor(new long[] {2, 1}, w)));
            return session.run(Map.of("x", x), "y").values();
        }
    }

    private static float[] product(float[] w) {
        return new float[] {X[0] * w[0] + X[1] * w[1], X[2] * w[0] + X[3] * w[1]};
    }
}
