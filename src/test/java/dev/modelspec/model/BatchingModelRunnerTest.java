package dev.modelspec.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        float[] runBatch(float[] inputs, int count) {
            shapes.add(batchShape(0, count));
            int batch = count;
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
                .hasMessage("2 examples of 3 values (shape [3]) need 6 floats, but 5 were given");
    }

    @Test
    void rejectsOutputsThatAreNotFloat32InsteadOfMisreadingThem() {
        assertThatThrownBy(() -> new SummingRunner("DT_INT64", -1, 3))
                .isInstanceOf(ModelAccessException.class)
                .hasMessageStartingWith("Signature 'serving_default' of ")
                .hasMessageContaining("gives its output y DT_INT64[-1, 2] (y:0) as DT_INT64, but ModelSpec reads "
                        + "float32 outputs. None of its signatures [serving_default] takes float32 or integer inputs "
                        + "and gives a float32 output: export one that does.");
    }

    /** A signature of {@code inputs} and two outputs, {@code logits} [-1, 3] and {@code score} [-1, 1]. */
    private static SignatureDescription twoOutputs(TensorSpec... inputs) {
        return new SignatureDescription("serving_default", "predict", List.of(inputs),
                List.of(new TensorSpec("logits", "logits:0", "DT_FLOAT", new long[] {-1, 3}),
                        new TensorSpec("score", "score:0", "DT_FLOAT", new long[] {-1, 1})));
    }

    private static TensorSpec input(String key, String type, long length) {
        return new TensorSpec(key, key + ":0", type, new long[] {-1, length});
    }

    /** A runner that only checks its binding. */
    private static BatchingModelRunner bound(SignatureDescription signature, SignatureBinding binding) {
        return new BatchingModelRunner(SavedModelReference.of(Path.of("fake")), signature, binding, List.of(signature)) {
            @Override float[] runBatch(float[] examples, int count) { return new float[count]; }
            @Override public void close() {}
        };
    }

    @Test
    void readsTheOutputChosenByKey() {
        BatchingModelRunner runner = bound(twoOutputs(input("x", "DT_FLOAT", 4)),
                new SignatureBinding(Optional.of("score"), List.of()));

        assertThat(runner.output().key()).isEqualTo("score");
    }

    @Test
    void severalOutputsWithoutAKeyAreAnErrorListingThem() {
        assertThatThrownBy(() -> bound(twoOutputs(input("x", "DT_FLOAT", 4)), SignatureBinding.ONLY))
                .isInstanceOf(ModelAccessException.class)
                .hasMessageEndingWith("has 2 outputs [logits DT_FLOAT[-1, 3], score DT_FLOAT[-1, 1]], and ModelSpec "
                        + "evaluates one: choose it with @ModelSpec(output = \"logits\")");
        assertThatThrownBy(() -> bound(twoOutputs(input("x", "DT_FLOAT", 4)),
                new SignatureBinding(Optional.of("probabilities"), List.of())))
                .hasMessageEndingWith("has no output 'probabilities'; its outputs are [logits DT_FLOAT[-1, 3], score "
                        + "DT_FLOAT[-1, 1]]. Choose one of these with @ModelSpec(output = \"...\")");
    }

    @Test
    void feedsSeveralInputsInTheOrderTheDataNamesThem() {
        BatchingModelRunner runner = bound(twoOutputs(input("ids", "DT_INT64", 8), input("mask", "DT_INT32", 8),
                input("extra", "DT_FLOAT", 2)), new SignatureBinding(Optional.of("logits"), List.of("mask", "extra", "ids")));

        assertThat(runner.inputs()).extracting(TensorSpec::key).containsExactly("mask", "extra", "ids");
        assertThat(runner.exampleLength()).isEqualTo(18);
        assertThat(runner.inputLength(1)).isEqualTo(2);
        assertThat(runner.batchShape(2, 5)).containsExactly(5, 8);
    }

    @Test
    void severalInputsNeedTheDataToNameEveryOne() {
        SignatureDescription signature = twoOutputs(input("ids", "DT_INT64", 8), input("mask", "DT_INT64", 8));
        SignatureBinding logits = new SignatureBinding(Optional.of("logits"), List.of());

        assertThatThrownBy(() -> bound(signature, logits))
                .hasMessageContaining("has 2 inputs [ids DT_INT64[-1, 8], mask DT_INT64[-1, 8]], which ModelSpec feeds "
                        + "by name: have the data name them, e.g. LabeledData.withInputs(new NamedInput(\"ids\"");
        assertThatThrownBy(() -> bound(signature, new SignatureBinding(Optional.of("logits"), List.of("ids"))))
                .hasMessageEndingWith("needs its inputs [mask] too, but the data names only [ids]: give the data a "
                        + "value for every input");
        assertThatThrownBy(() -> bound(signature, new SignatureBinding(Optional.of("logits"), List.of("ids", "tokens"))))
                .hasMessageContaining("has no input 'tokens' for the data's values; its inputs are [ids");
    }

    @Test
    void takesIntegerInputsButNotOtherTypes() {
        assertThat(bound(twoOutputs(input("ids", "DT_INT32", 8)), new SignatureBinding(Optional.of("score"), List.of()))
                .inputs()).singleElement().extracting(TensorSpec::dataType).isEqualTo("DT_INT32");
        assertThatThrownBy(() -> bound(twoOutputs(input("text", "DT_STRING", 1)),
                new SignatureBinding(Optional.of("score"), List.of())))
                .hasMessageContaining("takes its input text DT_STRING[-1, 1] (text:0) as DT_STRING, but ModelSpec feeds "
                        + "float32, int32 and int64 tensors.");
    }

    @Test
    void rejectsSignaturesWithAnUnknownExampleDimension() {
        assertThatThrownBy(() -> new SummingRunner(-1, -1))
                .isInstanceOf(ModelAccessException.class)
                .hasMessageContaining("unknown non-batch dimension");
    }
}
