package dev.modelspec.model;

import java.util.Arrays;
import java.util.List;

/**
 * Shared batching for {@link ModelRunner}s: checks the input length, and splits and pads batches
 * for models that fix their batch size. Subclasses run one batch of a known shape.
 */
abstract class BatchingModelRunner implements ModelRunner {

    private final TensorSpec input;
    private final TensorSpec output;
    private final long[] exampleShape;
    private final int exampleLength;

    BatchingModelRunner(SavedModelReference reference, SignatureDescription signature) {
        this(reference, signature, List.of(signature));
    }

    /** Checks the signature; {@code all} are the model's signatures, named when this one does not fit. */
    BatchingModelRunner(SavedModelReference reference, SignatureDescription signature, List<SignatureDescription> all) {
        this.input = requireFloat(reference, signature.singleInput(), "input", all);
        this.output = requireFloat(reference, signature.singleOutput(), "output", all);
        this.exampleShape = input.exampleShape();
        long length = 1;
        for (long d : exampleShape) {
            if (d < 0) {
                throw new ModelAccessException("Input " + input + " of " + reference.directory()
                        + " has an unknown non-batch dimension; ModelSpec needs a fixed example shape");
            }
            length *= d;
        }
        this.exampleLength = Math.toIntExact(length);
    }

    private static TensorSpec requireFloat(SavedModelReference reference, TensorSpec spec, String what,
            List<SignatureDescription> all) {
        if (!"DT_FLOAT".equals(spec.dataType())) {
            List<String> floatSignatures = all.stream().filter(BatchingModelRunner::takesAndReturnsFloat)
                    .map(SignatureDescription::key).toList();
            String advice = floatSignatures.isEmpty()
                    ? "None of its signatures " + all.stream().map(SignatureDescription::key).toList()
                            + " takes and returns float32: export one that does."
                    : "Its signatures that take and return float32: " + floatSignatures
                            + ". Choose one with @ModelSpec(signature = \"" + floatSignatures.get(0) + "\").";
            throw new ModelAccessException("The " + what + " " + spec + " of signature '" + reference.signatureKey()
                    + "' in " + reference.directory() + " is " + spec.dataType() + ", but ModelSpec feeds and reads "
                    + "float32 tensors. " + advice);
        }
        return spec;
    }

    private static boolean takesAndReturnsFloat(SignatureDescription signature) {
        return signature.inputs().size() == 1 && signature.outputs().size() == 1
                && "DT_FLOAT".equals(signature.inputs().get(0).dataType())
                && "DT_FLOAT".equals(signature.outputs().get(0).dataType());
    }

    /** Runs exactly {@code count} examples whose tensor shape is {@code shape}. */
    abstract float[] runBatch(float[] inputs, long[] shape);

    @Override
    public TensorSpec input() {
        return input;
    }

    @Override
    public TensorSpec output() {
        return output;
    }

    @Override
    public final float[] run(float[] inputs, int count) {
        if (count <= 0 || inputs.length != (long) count * exampleLength) {
            throw new IllegalArgumentException(count + " examples of shape " + Arrays.toString(exampleShape) + " need "
                    + (long) count * exampleLength + " floats, but " + inputs.length + " were given");
        }
        int fixedBatch = (int) input.fixedBatchSize().orElse(count);
        if (fixedBatch == count) {
            return runBatch(inputs, shapeFor(count));
        }
        float[] result = null;
        int outputLength = 0;
        float[] padded = new float[fixedBatch * exampleLength];
        for (int start = 0; start < count; start += fixedBatch) {
            int n = Math.min(fixedBatch, count - start);
            Arrays.fill(padded, 0f);
            System.arraycopy(inputs, start * exampleLength, padded, 0, n * exampleLength);
            float[] batchOutput = runBatch(padded, shapeFor(fixedBatch));
            if (result == null) {
                outputLength = batchOutput.length / fixedBatch;
                result = new float[count * outputLength];
            }
            System.arraycopy(batchOutput, 0, result, start * outputLength, n * outputLength);
        }
        return result;
    }

    private long[] shapeFor(int count) {
        long[] shape = new long[exampleShape.length + 1];
        shape[0] = count;
        System.arraycopy(exampleShape, 0, shape, 1, exampleShape.length);
        return shape;
    }
}
