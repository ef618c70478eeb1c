package dev.modelspec.train;

/** How a convolution treats the borders of its input. */
public enum Padding {
    /** No padding: the output shrinks by {@code kernel - 1}. */
    VALID,
    /** Zero padding so that the output keeps the input's spatial size. */
    SAME;

    /** The output length of one spatial dimension for a stride-1 kernel of {@code kernelSize}. */
    long outputLength(long inputLength, int kernelSize) {
        return this == SAME ? inputLength : inputLength - kernelSize + 1;
    }
}
