package dev.modelspec.data;

import java.util.Arrays;

/**
 * Examples held as floats in memory, as parsed from a text or record format (CSV, TFRecord), with a
 * class label each or, for a regression, a number to predict.
 */
final class DenseExamples extends ArrayLabeledData {

    private final int[] shape;
    private final float[] inputs;

    private DenseExamples(String name, int[] shape, float[] inputs, int[] labels, Labels rule) {
        super(name, labels, rule);
        this.shape = shape;
        this.inputs = inputs;
    }

    @Override
    public int[] exampleShape() {
        return shape.clone();
    }

    @Override
    void copyExamples(int from, int count, float[] target, int offset) {
        int length = exampleLength();
        System.arraycopy(inputs, from * length, target, offset, count * length);
    }

    /** Collects examples one at a time, growing its arrays as needed. */
    static final class Builder {

        private final int[] shape;
        private final int length;
        private float[] inputs = new float[0];
        private int[] labels = new int[0];
        private float[] targets;
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

        /** Ends the example being filled as a regression example: label 0 and the number to predict. */
        void addTarget(float target) {
            if (targets == null || targets.length < labels.length) {
                targets = Arrays.copyOf(targets == null ? new float[0] : targets, labels.length);
            }
            targets[size] = target;
            add(0);
        }

        int size() {
            return size;
        }

        /** The examples; regression data if any example was added with {@link #addTarget}. */
        LabeledData build(String name, Labels rule) {
            DenseExamples examples = new DenseExamples(name, shape, Arrays.copyOf(inputs, size * length),
                    Arrays.copyOf(labels, size), rule);
            return targets == null ? examples : new NumericTargets(examples, Arrays.copyOf(targets, size));
        }
    }
}
