package dev.modelspec.data;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A view of another data set that passes every call through unless a subclass says otherwise: the
 * base for a data set that changes one thing (its labels, a check on its inputs) and keeps the rest,
 * targets and class names included.
 */
public abstract class ForwardingLabeledData implements LabeledData {

    private final LabeledData data;

    /**
     * A view of {@code data}.
     *
     * @throws NullPointerException if {@code data} is {@code null}
     */
    protected ForwardingLabeledData(LabeledData data) {
        this.data = Objects.requireNonNull(data, "data");
    }

    /** The data set this view shows. */
    protected final LabeledData data() {
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
    public Optional<List<String>> classNames() {
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

    @Override
    public int targetWidth() {
        return data.targetWidth();
    }

    /**
     * The data's own target vectors when it has several targets per example; otherwise each example's
     * {@link #target} as this view gives it, so a view that redefines {@code target} needs nothing more.
     */
    @Override
    public void copyTargets(int from, int count, float[] target, int offset) {
        if (targetWidth() == 1) {
            LabeledData.super.copyTargets(from, count, target, offset);
        } else {
            data.copyTargets(from, count, target, offset);
        }
    }

    @Override
    public List<NamedInput> namedInputs() {
        return data.namedInputs();
    }
}
