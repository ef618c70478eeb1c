package dev.modelspec.model;

import java.util.List;

/**
 * Runs a SavedModel signature on batches of examples and reads one of its outputs.
 *
 * <p>Examples are given flattened and back to back; each example's values fill the fed {@link
 * #inputs()} one after another (all of it the one input, for most models), reshaped to each input's
 * shape and cast to its type (float32, or int32/int64 for token ids, whose values must then be whole
 * numbers). Batches are split or padded when the model fixes its batch size (padding rows are
 * dropped from the result). Implementations are not thread-safe.
 */
public interface ModelRunner extends AutoCloseable {

    /** The inputs an example fills, in the order of its values. */
    List<TensorSpec> inputs();

    /** The output read. */
    TensorSpec output();

    /** The number of values one example holds: the sum over {@link #inputs()} of their example sizes. */
    int exampleLength();

    /**
     * Runs {@code count} examples and returns the outputs, flattened the same way.
     *
     * @param inputs {@code count} examples of {@link #exampleLength()} values each, flattened
     * @param count the number of examples
     * @throws IllegalArgumentException if {@code inputs} does not hold {@code count} examples, or an
     *     integer input is given a value that is not a whole number
     */
    float[] run(float[] inputs, int count);

    /** Frees the model's native resources. */
    @Override
    void close();

    /**
     * Opens the fastest runner on a signature with one input and one output: the SavedModel's own
     * TensorFlow session, fed directly.
     *
     * @throws ModelAccessException if the model cannot be loaded, or its signature has several inputs or outputs
     */
    static ModelRunner open(SavedModelReference reference) {
        return open(reference, SignatureBinding.ONLY);
    }

    /**
     * Opens the fastest runner, feeding and reading the signature's tensors that {@code binding} names.
     *
     * @throws ModelAccessException if the model cannot be loaded, or the binding does not fit its
     *     signature; the message lists the signature's inputs or outputs
     */
    static ModelRunner open(SavedModelReference reference, SignatureBinding binding) {
        return SessionModelRunner.open(reference, binding);
    }
}
