package dev.modelspec.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchingModelRunnerTest {

    /** Outputs, per example, the sum of its inputs and the example's position in its batch. */
    static final class SummingRunner extends BatchingModelRunner {
        final List<long[]> shapes = new ArrayList<>();

        SummingRunner(long... inputShape) {
            this("DT_FLOAT", inputShape);
        }

        SummingRunner(String outputType, long... inputShape) {
            super(SavedModelReference.of(Path.of("fake")), new SignatureDescription("serving_default", "predict",
                    List.of(new TensorSpec("x", "x:0", "DT_FLOAT", inputShape)),
                    List.of(new TensorSpec("y", "y:0", outputType, new long[] {inputShape[0], 2}))));
        }

        @Override
        float[] runBatch(float[] inputs, long[] shape) {
            shapes.add(shape);
            int batch = (int) shape[0];
            int length = inputs.length / batch;
            float[] out = new float[batch * 2];
            for (int i = 0; i < batch; i++) {
                for (int j = 0; j < length; j++) {
                    out[2 * i] += inputs[i * length + j];
                }
                out[2 * i + 1] = i;
            }
            return out;
        }

        @Override
        public void close() {}
    }

    @Test
    void runsAllExamplesAsOneBatchWhenTheBatchSizeIsFree() {
        SummingRunner runner = new SummingRunner(-1, 2, 2);

        float[] out = runner.run(new float[] {1, 1, 1, 1, 2, 2, 2, 2, 3, 0, 0, 0}, 3);

        assertThat(out).containsExactly(4, 0, 8, 1, 3, 2);
        assertThat(runner.shapes).singleElement().isEqualTo(new long[] {3, 2, 2});
    }

    @Test
    void splitsAndPadsForAFixedBatchSizeAndDropsThePadding() {
        SummingRunner runner = new SummingRunner(2, 3);

        float[] out = runner.run(new float[] {1, 1, 1, 2, 2, 2, 3, 3, 3}, 3);

        assertThat(out).containsExactly(3, 0, 6, 1, 9, 0);
        assertThat(runner.shapes).containsExactly(new long[] {2, 3}, new long[] {2, 3});
    }

    @Test
    void rejectsInputsThatDoNotHoldTheExamples() {
        SummingRunner runner = new SummingRunner(-1, 3);

        assertThatThrownBy(() -> runner.run(new float[5], 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2 examples of shape [3] need 6 floats, but 5 were given");
    }

    @Test
    void rejectsOutputsThatAreNotFloat32InsteadOfMisreadingThem() {
        assertThatThrownBy(() -> new SummingRunner("DT_INT64", -1, 3))
                .isInstanceOf(ModelAccessException.class)
                .hasMessageContaining("The output y DT_INT64[-1, 2] (y:0) of signature 'serving_default'")
                .hasMessageEndingWith("is DT_INT64, but ModelSpec feeds and reads float32 tensors. None of its "
                        + "signatures [serving_default] takes and returns float32: export one that does.");
    }

    @Test
    void rejectsSignaturesWithAnUnknownExampleDimension() {
        assertThatThrownBy(() -> new SummingRunner(-1, -1))
                .isInstanceOf(ModelAccessException.class)
                .hasMessageContaining("unknown non-batch dimension");
    }
}
