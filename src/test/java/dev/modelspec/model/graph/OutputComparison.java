package dev.modelspec.model.graph;

/**
 * How far two outputs of the same rows are apart: the largest absolute difference of any element
 * and the number of rows whose largest element (the predicted class) differs.
 */
record OutputComparison(double maxAbsDifference, int differentArgmax) {

    static OutputComparison of(float[] expected, float[] actual, int columns) {
        if (expected.length != actual.length) {
            throw new IllegalArgumentException(expected.length + " expected values, " + actual.length + " actual");
        }
        double max = 0;
        for (int i = 0; i < expected.length; i++) {
            max = Math.max(max, Math.abs(expected[i] - actual[i]));
        }
        int different = 0;
        for (int row = 0; row < expected.length / columns; row++) {
            if (argmax(expected, row, columns) != argmax(actual, row, columns)) {
                different++;
            }
        }
        return new OutputComparison(max, different);
    }

    private static int argmax(float[] values, int row, int columns) {
        int best = 0;
        for (int c = 1; c < columns; c++) {
            if (values[row * columns + c] > values[row * columns + best]) {
                best = c;
            }
        }
        return best;
    }
}
