package dev.modelspec.workbench;

import dev.modelspec.data.ForwardingLabeledData;
import dev.modelspec.data.LabeledData;

/** The data as it is, failing with the example's number when an input value is NaN or infinite. */
final class FiniteInputs extends ForwardingLabeledData {

    FiniteInputs(LabeledData data) {
        super(data);
    }

    @Override
    public void copyInputs(int from, int count, float[] target, int offset) {
        super.copyInputs(from, count, target, offset);
        int length = exampleLength();
        for (int i = 0; i < count * length; i++) {
            if (!Float.isFinite(target[offset + i])) {
                throw new IllegalArgumentException(("the data %s has %s input in example %d (value %d of %d): fix "
                        + "the data provider or its preprocessing").formatted(name(),
                        Float.isNaN(target[offset + i]) ? "a NaN" : "an infinite", from + i / length, i % length + 1, length));
            }
        }
    }
}
