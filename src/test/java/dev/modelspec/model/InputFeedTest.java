package dev.modelspec.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelspec.runtime.TensorFlowRuntime;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tensorflow.Tensor;

class InputFeedTest {

    @BeforeAll
    static void startTensorFlow() {
        TensorFlowRuntime.start();
    }

    /** Two examples of 5 values: an input of 3 values after one of 2. */
    private static final float[] EXAMPLES = {1, 2, 10, 11, 12, 3, 4, 13, 14, 15};

    @Test
    void takesItsPartOfEveryExampleAsFloats() {
        try (InputFeed feed = new InputFeed(new TensorSpec("b", "b:0", "DT_FLOAT", new long[] {-1, 3}), Path.of("m"))) {
            Tensor tensor = feed.fill(EXAMPLES, 2, 2, 5, 3, new long[] {2, 3});
            float[] values = new float[6];
            tensor.asRawTensor().data().asFloats().read(values);

            assertThat(tensor.shape().asArray()).containsExactly(2, 3);
            assertThat(values).containsExactly(10, 11, 12, 13, 14, 15);
        }
    }

    @Test
    void castsTokenIdsToInt32AndInt64() {
        try (InputFeed ints = new InputFeed(new TensorSpec("a", "a:0", "DT_INT32", new long[] {-1, 2}), Path.of("m"));
                InputFeed longs = new InputFeed(new TensorSpec("a", "a:0", "DT_INT64", new long[] {-1, 2}), Path.of("m"))) {
            int[] intValues = new int[4];
            ints.fill(EXAMPLES, 2, 0, 5, 2, new long[] {2, 2}).asRawTensor().data().asInts().read(intValues);
            long[] longValues = new long[4];
            longs.fill(EXAMPLES, 2, 0, 5, 2, new long[] {2, 2}).asRawTensor().data().asLongs().read(longValues);

            assertThat(intValues).containsExactly(1, 2, 3, 4);
            assertThat(longValues).containsExactly(1L, 2L, 3L, 4L);
        }
    }

    @Test
    void refusesValuesThatAreNoWholeNumbersForAnIntegerInput() {
        try (InputFeed ids = new InputFeed(new TensorSpec("ids", "ids:0", "DT_INT32", new long[] {-1, 2}), Path.of("m"))) {
            assertThatThrownBy(() -> ids.fill(new float[] {1, 2, 3, 4.5f}, 2, new long[] {2, 2}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageEndingWith("is DT_INT32, but example 1 of the batch gives it 4.5: feed whole numbers "
                            + "(token ids) to an integer input");
        }
    }
}
