package dev.modelspec.data;

import java.util.Objects;

/** The first {@code size} examples of another data set. */
final class FirstExamples extends ForwardingLabeledData {

    private final int size;

    FirstExamples(LabeledData data, int size) {
        super(data);
        this.size = size;
    }

    @Override
    public String name() {
        return data().name() + "[0:" + size + "]";
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int label(int index) {
        Objects.checkIndex(index, size);
        return data().label(index);
    }

    @Override
    public float target(int index) {
        Objects.checkIndex(index, size);
        return data().target(index);
    }

    @Override
    public void copyTargets(int from, int count, float[] target, int offset) {
        Objects.checkFromIndexSize(from, count, size);
        data().copyTargets(from, count, target, offset);
    }

    @Override
    public void copyInputs(int from, int count, float[] target, int offset) {
        Objects.checkFromIndexSize(from, count, size);
        data().copyInputs(from, count, target, offset);
    }
}
