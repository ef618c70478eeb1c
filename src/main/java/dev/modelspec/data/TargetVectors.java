package dev.modelspec.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * Another data set's examples with several numbers to predict each: the labels of a multi-label
 * model (0 or 1 per label) or the targets of a regression with several outputs.
 */
final class TargetVectors extends ForwardingLabeledData {

    private final int width;
    private final float[] targets;

    TargetVectors(LabeledData examples, int width, float[] targets) {
        super(examples);
        if (width <= 0 || targets.length != (long) examples.size() * width) {
            throw new IllegalArgumentException(examples.name() + " has " + examples.size() + " examples, but "
                    + targets.length + " target values were given for " + width + " per example: give "
                    + examples.size() + " × " + width + " values, example by example");
        }
        for (int i = 0; i < targets.length; i++) {
            if (!Float.isFinite(targets[i])) {
                throw new IllegalArgumentException(examples.name() + ": target value " + (i % width) + " of example "
                        + i / width + " is " + targets[i] + ", expected a finite number");
            }
        }
        this.width = width;
        this.targets = targets.clone();
    }

    /** The examples' name with a fingerprint of the targets, so results cached for other targets are not reused. */
    @Override
    public String name() {
        return super.name() + "|targets " + width + "x" + Integer.toHexString(Arrays.hashCode(targets));
    }

    @Override
    public int label(int index) {
        Objects.checkIndex(index, size());
        return 0;
    }

    @Override
    public int classCount() {
        return 1;
    }

    @Override
    public float target(int index) {
        return targets[index * width];
    }

    @Override
    public int targetWidth() {
        return width;
    }

    @Override
    public void copyTargets(int from, int count, float[] target, int offset) {
        Objects.checkFromIndexSize(from, count, size());
        System.arraycopy(targets, from * width, target, offset, count * width);
    }
}
