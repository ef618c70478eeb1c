package dev.modelspec.data;

/** A view of another data set that passes every call through unless a subclass says otherwise. */
abstract class ForwardingLabeledData implements LabeledData {

    private final LabeledData data;

    ForwardingLabeledData(LabeledData data) {
        this.data = java.util.Objects.requireNonNull(data, "data");
    }

    /** The data set this view shows. */
    final LabeledData data() {
        return data;
    }

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
    public java.util.Optional<java.util.List<String>> classNames() {
        return data.classNames();
    }

    @Override
    public int label(int index) {
        return data.label(index);
    }

    @Override
    public float target(int index) {
        return data.target(index);
    }

    @Override
    public void copyInputs(int from, int count, float[] target, int offset) {
        data.copyInputs(from, count, target, offset);
    }
}
