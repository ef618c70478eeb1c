package dev.modelspec.model;

import java.util.Arrays;
import java.util.List;

/**
 * Shared batching for {@link ModelRunner}s: checks the signature and the input length, and splits
 * and pads batches for models that fix their batch size. Subclasses run one batch of examples,
 * each example's values filling the {@link #inputs() inputs} one after another.
 */
abstract class BatchingModelRunner implements ModelRunner {

    private final List<TensorSpec> inputs;
    private final TensorSpec output;
    private final int[] inputLengths;
    private final int exampleLength;
    private final int fixedBatch;

    BatchingModelRunner(SavedModelReference reference, SignatureDescription signature) {
        this(reference, signature, SignatureBinding.ONLY, List.of(signature));
    }

    /** Checks the signature; {@code all} are the model's signatures, named when this one does not fit. */
    BatchingModelRunner(SavedModelReference reference, SignatureDescription signature, SignatureBinding binding,
            List<SignatureDescription> all) {
        this.inputs = binding.inputsOf(signature, reference, all);
        this.output = binding.outputOf(signature, reference, all);
        this.inputLengths = new int[inputs.size()];
        for (int i = 0; i < inputLengths.length; i++) {
            TensorSpec input = inputs.get(i);
            if (Arrays.stream(input.exampleShape()).anyMatch(d -> d < 0)) {
                throw new ModelAccessException("Input " + input + " of " + reference.directory()
                        + " has an unknown non-batch dimension; ModelSpec needs a fixed example shape");
            }
            inputLengths[i] = Math.toIntExact(FloatTensor.elementCount(input.exampleShape()));
        }
        this.exampleLength = Arrays.stream(inputLengths).sum();
        this.fixedBatch = (int) inputs.stream().mapToLong(i -> i.fixedBatchSize().orElse(0)).max().orElse(0);
    }

    /**
     * Runs exactly {@code count} examples, flattened back to back, and returns the output's values.
     * Input {@code i} of an example takes {@link #inputLength(int) inputLength(i)} values, after those of
     * the inputs before it.
     */
    abstract float[] runBatch(float[] examples, int count);

    /** The number of values input {@code index} takes per example. */
    final int inputLength(int index) {
        return inputLengths[index];
    }

    /** The shape of input {@code index} for a batch of {@code count} examples. */
    final long[] batchShape(int index, int count) {
        long[] example = inputs.get(index).exampleShape();
        long[] shape = new long[example.length + 1];
        shape[0] = count;
        System.arraycopy(example, 0, shape, 1, example.length);
        return shape;
    }

    @Override
    public List<TensorSpec> inputs() {
        return inputs;
    }

    @Override
    public TensorSpec output() {
        return output;
    }

    @Override
    public int exampleLength() {
        return exampleLength;
    }

    @Override
    public final float[] run(float[] examples, int count) {
        if (count <= 0 || examples.length != (long) count * exampleLength) {
            throw new IllegalArgumentException(count + " examples of " + exampleLength + " values" + describeInputs()
                    + " need " + (long) count * exampleLength + " floats, but " + examples.length + " were given");
        }
        if (fixedBatch == 0 || fixedBatch == count) {
            return runBatch(examples, count);
        }
        float[] result = null;
        int outputLength = 0;
        float[] padded = new float[fixedBatch * exampleLength];
        for (int start = 0; start < count; start += fixedBatch) {
            int n = Math.min(fixedBatch, count - start);
            Arrays.fill(padded, 0f);
            System.arraycopy(examples, start * exampleLength, padded, 0, n * exampleLength);
            float[] batchOutput = runBatch(padded, fixedBatch);
            if (result == null) {
                outputLength = batchOutput.length / fixedBatch;
                result = new float[count * outputLength];
            }
            System.arraycopy(batchOutput, 0, result, start * outputLength, n * outputLength);
        }
        return result;
    }

    private String describeInputs() {
        return inputs.size() == 1
                ? " (shape " + Arrays.toString(inputs.get(0).exampleShape()) + ")"
                : " (" + inputs.stream().map(i -> i.key() + " " + Arrays.toString(i.exampleShape())).toList() + ")";
    }
}
