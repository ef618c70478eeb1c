package dev.modelspec.model.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelspec.interop.GeneratedModels;
import dev.modelspec.interop.GeneratedModels.GeneratedModel;
import dev.modelspec.model.FloatTensor;
import dev.modelspec.model.SavedModel;
import dev.modelspec.model.SavedModelReference;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

/**
 * The derived training graph trains as Keras does: the same 20 batches of 32 from the same weights,
 * with the same optimizer, give the same loss at every step and the same outputs afterwards, within
 * {@value #LOSS_TOLERANCE} per step and {@value #OUTPUT_TOLERANCE} per output (float32 sums in other
 * orders, accumulated over 20 updates).
 */
@Tag("interop")
class TrainingGraphKerasTest {

    static final double LOSS_TOLERANCE = 1e-4;
    static final double OUTPUT_TOLERANCE = 1e-4;
    private static final int STEPS = 20;
    private static final int BATCH = 32;

    @ParameterizedTest
    @CsvSource({"keras3_export_cnn, LOGITS, adam, 0.001", "tf1_graph, PROBABILITIES, adam, 0.001",
            "keras3_bn_dropout, PROBABILITIES, sgd, 0.05", "keras3_regression, REGRESSION, adam, 0.01",
            "keras3_saved_mlp, PROBABILITIES, adam, 0.001"})
    void trainsLikeKerasOnTheSameBatches(String kind, OutputKind expectedKind, String optimizerName, double learningRate)
            throws Exception {
        GeneratedModel generated = GeneratedModels.get(kind);
        float[] x = generated.floats("x.f32");
        boolean regression = expectedKind == OutputKind.REGRESSION;
        int exampleLength = x.length / (STEPS * BATCH);
        List<String> reference = Files.readAllLines(generated.file("reference.txt"));
        int split = reference.indexOf("outputs");
        double[] kerasLosses = reference.subList(0, split).stream().mapToDouble(Double::parseDouble).toArray();
        double[] kerasOutputs = reference.subList(split + 1, reference.size()).stream().mapToDouble(Double::parseDouble).toArray();
        Optimizer optimizer = optimizerName.equals("adam") ? Optimizer.adam(learningRate) : Optimizer.sgd(learningRate, 0.9);
        try (SavedModel model = SavedModel.open(SavedModelReference.of(generated.directory()))) {
            FlatGraph flat = SavedModelFlattening.inline(model);
            assertThat(OutputKind.detect(flat)).isEqualTo(expectedKind);
            Map<String, FloatTensor> values = SavedModelFlattening.readValues(model, flat);
            try (TrainingGraph training = TrainingGraph.build(flat, expectedKind, optimizer, v -> true)) {
                training.load(values);
                double[] losses = new double[STEPS];
                for (int step = 0; step < STEPS; step++) {
                    float[] xs = Arrays.copyOfRange(x, step * BATCH * exampleLength, (step + 1) * BATCH * exampleLength);
                    losses[step] = regression
                            ? training.step(xs, Arrays.copyOfRange(generated.floats("y.f32"), step * BATCH, (step + 1) * BATCH), BATCH)
                            : training.step(xs, Arrays.copyOfRange(generated.ints("y.i32"), step * BATCH, (step + 1) * BATCH), BATCH);
                }
                assertThat(maxAbsDifference(losses, kerasLosses)).as("largest loss difference over %d steps", STEPS)
                        .isLessThanOrEqualTo(LOSS_TOLERANCE);
                assertThat(losses[STEPS - 1]).as("the loss falls").isLessThan(losses[0]);
                Map<String, FloatTensor> trained = training.values();
                try (FlatGraphSession serving = FlatGraphSession.open(flat);
                        Tensor first = TFloat32.tensorOf(Shape.of(servingShape(flat, 8)), DataBuffers.of(Arrays.copyOf(x, 8 * exampleLength), true, false))) {
                    serving.load(trained);
                    float[] outputs = serving.run(Map.of(flat.inputs().keySet().iterator().next(), first), flat.outputs().keySet().iterator().next()).values();
                    assertThat(maxAbsDifference(IntStream.range(0, outputs.length).mapToDouble(i -> outputs[i]).toArray(), kerasOutputs))
                            .as("largest output difference after training").isLessThanOrEqualTo(OUTPUT_TOLERANCE);
                }
                BatchNormStatistics.of(flat).forEach(frozen ->
                        assertThat(trained.get(frozen).values()).as("moving statistic %s", frozen).containsExactly(values.get(frozen).values()));
            }
        }
    }

    private static double maxAbsDifference(double[] actual, double[] expected) {
        assertThat(actual).hasSameSizeAs(expected);
        return IntStream.range(0, actual.length).mapToDouble(i -> Math.abs(actual[i] - expected[i])).max().orElseThrow();
    }

    private static long[] servingShape(FlatGraph flat, int rows) {
        long[] shape = flat.inputs().values().iterator().next().getTensorShape().getDimList().stream().mapToLong(d -> d.getSize()).toArray();
        shape[0] = rows;
        return shape;
    }
}
