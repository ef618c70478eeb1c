package dev.modelspec.data;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Data whose labels are held in an array; subclasses say where each example's inputs come from. */
abstract class ArrayLabeledData implements LabeledData {

    private final String name;
    private final int[] labels;
    private final int classCount;
    private final Optional<List<String>> classNames;

    /** Labels read by {@code rule}, which gives the number of classes and their names. */
    ArrayLabeledData(String name, int[] labels, Labels rule) {
        this(name, labels, rule.classCount(labels), rule.names());
    }

    ArrayLabeledData(String name, int[] labels, int classCount, Optional<List<String>> classNames) {
        this.name = name;
        this.labels = labels;
        this.classCount = classCount;
        this.classNames = classNames;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final int size() {
        return labels.length;
    }

    @Override
    public final int classCount() {
        return classCount;
    }

    @Override
    public final Optional<List<String>> classNames() {
        return classNames;
    }

    @Override
    public final int label(int index) {
        return labels[index];
    }

    @Override
    public final void copyInputs(int from, int count, float[] target, int offset) {
        Objects.checkFromIndexSize(from, count, size());
        copyExamples(from, count, target, offset);
    }

    /** {@link #copyInputs}, with {@code from .. from + count - 1} already checked to be examples of this data. */
    abstract void copyExamples(int from, int count, float[] target, int offset);
}
