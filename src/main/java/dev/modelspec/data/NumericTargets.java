package dev.modelspec.data;

import java.util.Objects;

/** Regression data: examples of another data set with a number to predict each, one class of label 0. */
final class NumericTargets extends ForwardingLabeledData {

    private final float[] targets;

    NumericTargets(LabeledData examples, float[] targets) {
        super(examples);
        if (targets.length != examples.size()) {
            throw new IllegalArgumentException(examples.name() + " has " + examples.size() + " examples but "
                    + targets.length + " targets: give one target per example");
        }
        this.targets = targets;
    }

    @Override
    public int classCount() {
        return 1;
    }

    @Override
    public int label(int index) {
        Objects.checkIndex(index, targets.length);
        return 0;
    }

    @Override
    public float target(int index) {
        return targets[index];
    }
}
