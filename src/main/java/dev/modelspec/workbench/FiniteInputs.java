package dev.modelspec.workbench;

import dev.modelspec.data.LabeledData;
import java.util.List;
import java.util.Optional;

/** The data as it is, failing with the example's number when an input value is NaN or infinite. */
record FiniteInputs(LabeledData data) implements LabeledData {

    @Override
    public String name() {
        return data.name();
    }

    @Override
    public int size() {
        return data.size();
    }

    @Override
    public int[] exampleShape() {
        return data.exampleShape();
    }

    @Override
    public int classCount() {
        return data.classCount();
    }

    @Override
    public Optional<List<String>> classNames() {
        return data.classNames();
    }

    @Override
    public float target(int index) {
        return data.target(index);
    }

    @Override
    public int label(int index) {
        return data.label(index);
    }

    @Override
    public void copyInputs(int from, int count, float[] target, int offset) {
        data.copyInputs(from, count, target, offset);
        int length = exampleLength();
        for (int i = 0; i < count * length; i++) {
            if (!Float.isFinite(target[offset + i])) {
                throw new IllegalArgumentException(("the data %s has %s input in example %d (value %d of %d): fix "
                        + "the data provider or its preprocessing").formatted(data.name(),
                        Float.isNaN(target[offset + i]) ? "a NaN" : "an infinite", from + i / length, i % length + 1, length));
            }
        }
    }
}
