package dev.modelspec.data;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Examples whose features stay in a NumPy array's bytes until they are copied out. */
final class NumpyExamples implements LabeledData {

    private final String name;
    private final NpyArray features;
    private final int[] labels;
    private final int classCount;
    private final Optional<List<String>> classNames;
    private final float scale;

    NumpyExamples(String name, NpyArray features, NpyArray labelArray, Labels rule, float scale) {
        this.name = name;
        this.features = features;
        this.labels = labels(features, labelArray, rule);
        this.classCount = rule.classCount(labels);
        this.classNames = rule.names();
        this.scale = scale;
    }

    private static int[] labels(NpyArray features, NpyArray labelArray, Labels rule) {
        long[] shape = labelArray.shape();
        if (shape.length > 2 || (shape.length == 2 && shape[1] != 1)) {
            throw new DataFormatException(("%s has shape %s; labels must hold one class index per example, shape (n,): "
                    + "for one-hot labels save labels.argmax(axis=1)").formatted(labelArray.source(), Arrays.toString(shape)));
        }
        if (!labelArray.type().integral()) {
            throw new DataFormatException("%s holds %s labels; labels must be whole numbers: save labels.astype('int64')"
                    .formatted(labelArray.source(), labelArray.type()));
        }
        if (shape[0] != features.shape()[0]) {
            throw new DataFormatException("%s holds %d examples but %s holds %d labels: save as many labels as examples"
                    .formatted(features.source(), features.shape()[0], labelArray.source(), shape[0]));
        }
        int[] labels = new int[Math.toIntExact(shape[0])];
        for (int i = 0; i < labels.length; i++) {
            int index = i;
            labels[i] = rule.check(labelArray.longAt(i), () -> labelArray.source() + " label " + index);
        }
        return labels;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int size() {
        return labels.length;
    }

    /** The features' shape after the first dimension; {@code [1]} for one value per example. */
    @Override
    public int[] exampleShape() {
        long[] shape = features.shape();
        return shape.length == 1 ? new int[] {1}
                : Arrays.stream(shape).skip(1).mapToInt(Math::toIntExact).toArray();
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
        int length = features.rowLength();
        features.copyFloats((long) from * length, count * length, scale, target, offset);
    }
}
