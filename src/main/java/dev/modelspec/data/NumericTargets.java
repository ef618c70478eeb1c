package dev.modelspec.data;

import java.util.Objects;

/** Regression data: examples of another data set with a number to predict each, one class of label 0. */
final class NumericTargets extends ForwardingLabeledData {

    /** Where the targets are read from, one per example, as they are asked for. */
    @FunctionalInterface
    interface Values {
        float at(int index);
    }

    private final int count;
    private final Values targets;

    NumericTargets(LabeledData examples, float[] targets) {
        this(examples, targets.length, i -> targets[i]);
    }

    NumericTargets(LabeledData examples, int count, Values targets) {
        super(examples);
        if (count != examples.size()) {
            throw new IllegalArgumentException(examples.name() + " has " + examples.size() + " examples but "
                    + count + " targets: give one target per example");
        }
        this.count = count;
        this.targets = targets;
    }

    @Override
    public int classCount() {
        return 1;
    }

    @Override
    public int label(int index) {
        Objects.checkIndex(index, count);
        return 0;
    }

    @Override
    public float target(int index) {
        Objects.checkIndex(index, count);
        return targets.at(index);
    }
}
