package dev.modelspec.data;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Examples held as floats in memory, as parsed from a text or record format (CSV, TFRecord). */
final class DenseExamples implements LabeledData {

    private final String name;
    private final int[] shape;
    private final float[] inputs;
    private final int[] labels;
    private final int classCount;
    private final Optional<List<String>> classNames;

    private DenseExamples(String name, int[] shape, float[] inputs, int[] labels, Labels rule) {
        this.name = name;
        this.shape = shape;
        this.inputs = inputs;
        this.labels = labels;
        this.classCount = rule.classCount(labels);
        this.classNames = rule.names();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int size() {
        return labels.length;
    }

    @Override
    public int[] exampleShape() {
        return shape.clone();
    }

    @Override
    public int classCount() {
        return classCount;
    }

    @Override
    public Optional<List<String>> classNames() {
        return classNames;
    }

    @Override
    public int label(int index) {
        return labels[index];
    }

    @Override
    public void copyInputs(int from, int count, float[] target, int offset) {
        Objects.checkFromIndexSize(from, count, size());
        int length = exampleLength();
        System.arraycopy(inputs, from * length, target, offset, count * length);
    }

    /** Collects examples one at a time, growing its arrays as needed. */
    static final class Builder {

        private final int[] shape;
        private final int length;
        private float[] inputs = new float[0];
        private int[] labels = new int[0];
        private int size;

        Builder(int[] shape) {
            this.shape = shape.clone();
            this.length = Arrays.stream(shape).reduce(1, Math::multiplyExact);
        }

        /** The floats of the next example, to be filled in before {@link #add} is called. */
        float[] next() {
            if (size == labels.length) {
                int capacity = Math.max(64, size * 2);
                labels = Arrays.copyOf(labels, capacity);
                inputs = Arrays.copyOf(inputs, Math.multiplyExact(capacity, length));
            }
            return inputs;
        }

        /** Where the example {@link #next()} is filling starts in its array. */
        int offset() {
            return size * length;
        }

        /** Ends the example being filled, with its label. */
        void add(int label) {
            labels[size++] = label;
        }

        int size() {
            return size;
        }

        DenseExamples build(String name, Labels rule) {
            return new DenseExamples(name, shape, Arrays.copyOf(inputs, size * length), Arrays.copyOf(labels, size), rule);
        }
    }
}
