package dev.modelspec.model.graph;

import java.util.Arrays;
import java.util.Optional;

/**
 * A weight with at most 256 distinct values (a clustered candidate's weights) as a sorted
 * codebook and one uint8 index per element: {@code codebook[index] == value} for every element.
 *
 * @param codebook the distinct values, ascending
 * @param indices one index per element, as unsigned bytes
 */
record ClusterCodes(float[] codebook, byte[] indices) {

    private static final int MAX_VALUES = 256;

    /** The bytes this encoding stores: one per index and four per codebook entry. */
    long storedBytes() {
        return indices.length + 4L * codebook.length;
    }

    /** The encoding of {@code values}, or empty if they hold more than 256 distinct values or a NaN. */
    static Optional<ClusterCodes> of(float[] values) {
        float[] sorted = values.clone();
        Arrays.sort(sorted);
        float[] distinct = new float[MAX_VALUES];
        int count = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (Float.isNaN(sorted[i])) {
                return Optional.empty();
            }
            if (count == 0 || Float.compare(sorted[i], distinct[count - 1]) != 0) {
                if (count == MAX_VALUES) {
                    return Optional.empty();
                }
                distinct[count++] = sorted[i];
            }
        }
        float[] codebook = Arrays.copyOf(distinct, count);
        byte[] indices = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            indices[i] = (byte) Arrays.binarySearch(codebook, values[i]);
        }
        return Optional.of(new ClusterCodes(codebook, indices));
    }
}
