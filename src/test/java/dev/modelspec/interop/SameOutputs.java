package dev.modelspec.interop;

import dev.modelspec.data.LabeledData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.Assertions;

/**
 * Compares model outputs computed by two runtimes, batch shapes or thread counts: TensorFlow picks
 * other kernels for other shapes and CPUs, so floats agree within a tolerance, not to the last bit;
 * predicted classes must be identical. Failures name the first differences, never whole arrays.
 */
public final class SameOutputs {

    private static final int SHOWN = 5;

    private SameOutputs() {}

    /**
     * Asserts that {@code actual} and {@code expected}, rows of {@code width} outputs, differ by at most
     * {@code tolerance} anywhere and predict the same class in every row (when {@code width > 1}).
     */
    public static void assertSame(String what, float[] actual, float[] expected, int width, double tolerance) {
        if (actual.length != expected.length) {
            Assertions.fail("%s: %d outputs, expected %d", what, actual.length, expected.length);
        }
        List<String> differences = new ArrayList<>();
        double max = 0;
        int count = 0;
        for (int i = 0; i < actual.length; i++) {
            double difference = Math.abs((double) actual[i] - expected[i]);
            if (!(difference <= tolerance)) {
                count++;
                if (differences.size() < SHOWN) {
                    differences.add(String.format(Locale.ROOT, "[%d] %s vs %s", i, actual[i], expected[i]));
                }
            }
            max = Double.isNaN(difference) ? Double.NaN : Math.max(max, difference);
        }
        if (count > 0) {
            Assertions.fail("%s: %d of %d outputs differ by more than %s (max %s), first %s", what, count, actual.length,
                    tolerance, max, differences);
        }
        if (width > 1) {
            List<String> classes = new ArrayList<>();
            int rows = actual.length / width;
            int disagreeing = 0;
            for (int row = 0; row < rows; row++) {
                int a = argmax(actual, row * width, width);
                int e = argmax(expected, row * width, width);
                if (a != e) {
                    disagreeing++;
                    if (classes.size() < SHOWN) {
                        classes.add("row " + row + ": " + a + " vs " + e);
                    }
                }
            }
            if (disagreeing > 0) {
                Assertions.fail("%s: %d of %d rows predict another class, first %s", what, disagreeing, rows, classes);
            }
        }
    }

    /**
     * How far two outputs of the same rows are apart, for tests whose tolerances differ per measure.
     *
     * @param maxAbsDifference the largest absolute difference of any element (NaN when one is NaN)
     * @param differentArgmax the number of rows whose largest element (the predicted class) differs
     */
    public record Comparison(double maxAbsDifference, int differentArgmax) {}

    /** Compares {@code actual} with {@code expected}, rows of {@code width} outputs of one length. */
    public static Comparison compare(float[] expected, float[] actual, int width) {
        if (expected.length != actual.length) {
            throw new IllegalArgumentException(expected.length + " expected values, " + actual.length + " actual");
        }
        int different = 0;
        for (int row = 0; row < expected.length / width; row++) {
            if (argmax(expected, row * width, width) != argmax(actual, row * width, width)) {
                different++;
            }
        }
        return new Comparison(maxDifference(expected, actual), different);
    }

    /** The largest absolute difference between two arrays of one length (NaN when one is NaN). */
    public static double maxDifference(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("outputs of " + a.length + " and " + b.length + " values");
        }
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs((double) a[i] - b[i]));
        }
        return max;
    }

    /**
     * The accuracy of {@code outputs} (one row per example of {@code test}), counted as the evaluator
     * counts: the first highest output is the predicted class.
     */
    public static double accuracy(float[] outputs, LabeledData test) {
        int width = outputs.length / test.size();
        int correct = 0;
        for (int i = 0; i < test.size(); i++) {
            correct += argmax(outputs, i * width, width) == test.label(i) ? 1 : 0;
        }
        return (double) correct / test.size();
    }

    private static int argmax(float[] values, int from, int width) {
        int best = from;
        for (int i = from + 1; i < from + width; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best - from;
    }
}
