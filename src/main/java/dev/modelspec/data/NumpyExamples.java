package dev.modelspec.data;

import java.util.Arrays;

/** Examples whose features stay in a NumPy array's bytes until they are copied out. */
final class NumpyExamples extends ArrayLabeledData {

    private final NpyArray features;
    private final float scale;

    NumpyExamples(String name, NpyArray features, NpyArray labelArray, Labels rule, float scale) {
        super(name, labels(features, labelArray, rule), rule);
        this.features = features;
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

    /** The features' shape after the first dimension; {@code [1]} for one value per example. */
    @Override
    public int[] exampleShape() {
        long[] shape = features.shape();
        return shape.length == 1 ? new int[] {1}
                : Arrays.stream(shape).skip(1).mapToInt(Math::toIntExact).toArray();
    }

    @Override
    void copyExamples(int from, int count, float[] target, int offset) {
        int length = features.rowLength();
        features.copyFloats((long) from * length, count * length, scale, target, offset);
    }
}
