package dev.modelspec.recipe.pruning;

import dev.modelspec.model.FloatTensor;
import dev.modelspec.recipe.finetune.MaskSchedule;
import java.util.BitSet;

/**
 * Which elements of one weight tensor are pruned (forced to zero). Immutable; compute one with
 * {@link MagnitudePruning#computeMask(FloatTensor, double)} and apply it before every training
 * step (and after the last) to keep pruned weights at zero.
 */
public final class PruningMask implements MaskSchedule.Mask {

    private final BitSet pruned;
    private final int size;

    PruningMask(BitSet pruned, int size) {
        this.pruned = (BitSet) pruned.clone();
        this.size = size;
    }

    /** The mask that prunes exactly the elements of {@code tensor} that are zero now. */
    public static PruningMask ofZeros(FloatTensor tensor) {
        float[] values = tensor.values();
        BitSet zeros = new BitSet(values.length);
        for (int i = 0; i < values.length; i++) {
            if (values[i] == 0f) {
                zeros.set(i);
            }
        }
        return new PruningMask(zeros, values.length);
    }

    /** The number of elements of the tensor this mask is for. */
    public int size() {
        return size;
    }

    /** The number of pruned elements. */
    public int prunedCount() {
        return pruned.cardinality();
    }

    /** The fraction of pruned elements (0 for an empty tensor). */
    public double sparsity() {
        return size == 0 ? 0 : (double) prunedCount() / size;
    }

    /** Whether the element at row-major {@code index} is pruned. */
    public boolean isPruned(int index) {
        return pruned.get(index);
    }

    /**
     * Sets every pruned element of {@code tensor} to zero, leaving the others alone.
     *
     * @throws IllegalArgumentException if the tensor's size differs from this mask's
     */
    @Override
    public void applyTo(FloatTensor tensor) {
        if (tensor.size() != size) {
            throw new IllegalArgumentException(
                    "A mask for " + size + " elements cannot be applied to " + tensor + " of " + tensor.size());
        }
        float[] values = tensor.values();
        for (int i = pruned.nextSetBit(0); i >= 0; i = pruned.nextSetBit(i + 1)) {
            values[i] = 0f;
        }
    }
}
