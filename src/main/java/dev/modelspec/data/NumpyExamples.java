package dev.modelspec.data;

import java.util.Arrays;

/** Examples whose features stay in a NumPy array's bytes until they are copied out. */
final class NumpyExamples extends ArrayLabeledData {

    private final NpyArray features;
    private final float scale;

    private NumpyExamples(String name, NpyArray features, int[] labels, Labels rule, float scale) {
        super(name, labels, rule);
        this.features = features;
        this.scale = scale;
    }

    /** Classification data: {@code labelArray} holds a class index per example. */
    static LabeledData labelled(String name, NpyArray features, NpyArray labelArray, Labels rule, float scale) {
        checkOnePerExample(features, labelArray, "labels", "one class index",
                "for one-hot labels save labels.argmax(axis=1)");
        if (!labelArray.type().integral()) {
            throw new DataFormatException(("%s holds %s labels; labels must be whole numbers: save labels.astype('int64'), "
                    + "or call numericTargets() if they are numbers a regression model predicts")
                    .formatted(labelArray.source(), labelArray.type()));
        }
        return new NumpyExamples(name, features, labels(labelArray, rule), rule, scale);
    }

    /**
     * Regression data: {@code targetArray} holds the number to predict for each example, read from
     * its bytes when asked for; every value is checked to be finite first.
     */
    static LabeledData regression(String name, NpyArray features, NpyArray targetArray, float scale) {
        checkOnePerExample(features, targetArray, "targets", "one number",
                "for several outputs save one array per output");
        int count = Math.toIntExact(targetArray.shape()[0]);
        for (int i = 0; i < count; i++) {
            float value = targetArray.floatAt(i);
            if (!Float.isFinite(value)) {
                throw new DataFormatException("%s target %d is %s, not a finite number: fill in or drop missing values first"
                        .formatted(targetArray.source(), i, value));
            }
        }
        LabeledData examples = new NumpyExamples(name, features, new int[count], Labels.NUMBERED, scale);
        return new NumericTargets(examples, count, targetArray::floatAt);
    }

    private static void checkOnePerExample(NpyArray features, NpyArray array, String what, String value, String hint) {
        long[] shape = array.shape();
        if (shape.length > 2 || (shape.length == 2 && shape[1] != 1)) {
            throw new DataFormatException("%s has shape %s; %s must hold %s per example, shape (n,): %s"
                    .formatted(array.source(), Arrays.toString(shape), what, value, hint));
        }
        if (shape[0] != features.shape()[0]) {
            throw new DataFormatException("%s holds %d examples but %s holds %d %s: save as many %s as examples"
                    .formatted(features.source(), features.shape()[0], array.source(), shape[0], what, what));
        }
    }

    private static int[] labels(NpyArray labelArray, Labels rule) {
        int[] labels = new int[Math.toIntExact(labelArray.shape()[0])];
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
