package dev.modelspec.metrics.evaluation;

import dev.modelspec.data.LabeledData;
import dev.modelspec.metrics.TaskKind;
import java.util.Optional;

/**
 * Decides the task of a model from its output width and the data's targets, or checks the declared
 * one against them: one or two outputs with 0/1 labels are binary, one output with targets that are
 * not all whole numbers is a regression, more outputs with class indexes below the width are
 * multi-class; several targets per example that are not all whole numbers are a regression with as many
 * outputs. One output with whole-number labels beyond 0/1 is ambiguous and must be declared, and so
 * are whole-number target vectors (multi-label or regression); multi-label is never detected. Anything that
 * does not fit is an {@link IllegalArgumentException} that says what the model gives, what the data
 * holds, and what to declare or change.
 */
final class TaskResolution {

    private TaskResolution() {}

    static TaskKind resolve(Optional<TaskKind> declared, int width, LabeledData data, int count) {
        Targets targets = Targets.scan(data, count);
        int targetWidth = data.targetWidth();
        TaskKind task = declared.orElseGet(() -> detect(width, targets, data));
        if (!task.hasTargetVectors() && targetWidth != 1) {
            throw mismatch(data, width, "the data gives " + targetWidth + " targets per example, which only a regression "
                    + "or a multi-label model predicts: declare task = REGRESSION or MULTILABEL, or give one label per example");
        }
        switch (task) {
            case REGRESSION -> {
                if (width != targetWidth) {
                    throw mismatch(data, width, "task = REGRESSION needs one target per output, but the model gives "
                            + width + " outputs per example and the data " + targets(targetWidth) + ": choose the "
                            + "signature output that predicts them, or give the data as many targets (withTargets)");
                }
            }
            case MULTILABEL -> {
                if (width != targetWidth || !targets.binary()) {
                    throw mismatch(data, width, "task = MULTILABEL needs one 0/1 label per output, but the model gives "
                            + width + " outputs per example and the data " + targets(targetWidth) + " that "
                            + targets.describe() + ": give the data a 0/1 vector per example (withTargets)");
                }
            }
            case BINARY -> {
                if (width > 2 || !targets.binary()) {
                    throw mismatch(data, width, "task = BINARY needs labels 0 and 1 and one or two outputs per example, "
                            + "but the model gives " + width + " and the labels " + targets.describe());
                }
            }
            case MULTICLASS -> {
                if (width < 2) {
                    throw mismatch(data, width, "a multi-class model needs one score per class, but the model gives "
                            + "one output per example: declare task = BINARY (labels 0/1) or REGRESSION");
                }
                if (!targets.classIndexesBelow(width) || data.classCount() > width) {
                    throw mismatch(data, width, "the labels " + targets.describe() + " (" + data.classCount()
                            + " classes) do not fit the model's " + width + " class scores per example: evaluate "
                            + "the data the model was trained on, or the signature output with one score per class");
                }
            }
        }
        return task;
    }

    private static TaskKind detect(int width, Targets targets, LabeledData data) {
        if (data.targetWidth() > 1) {
            if (targets.whole()) {
                throw mismatch(data, width, "the data's " + data.targetWidth() + " targets per example " + targets.describe()
                        + ": if they are yes/no labels, declare @ModelSpec(task = Task.MULTILABEL); if they are "
                        + "numbers to predict, declare @ModelSpec(task = Task.REGRESSION)");
            }
            return TaskKind.REGRESSION;
        }
        if (width <= 2 && targets.binary()) {
            return TaskKind.BINARY;
        }
        if (width > 1) {
            return TaskKind.MULTICLASS;
        }
        if (targets.whole()) {
            throw mismatch(data, width, "the labels " + targets.describe() + " could be class indexes or whole "
                    + "numbers to predict: if the model predicts a number, declare @ModelSpec(task = Task.REGRESSION); "
                    + "if it is a classifier, evaluate the signature output with one score per class");
        }
        return TaskKind.REGRESSION;
    }

    private static String targets(int width) {
        return width + (width == 1 ? " target" : " targets");
    }

    private static IllegalArgumentException mismatch(LabeledData data, int width, String what) {
        return new IllegalArgumentException("The model's output (" + width + " value" + (width == 1 ? "" : "s")
                + " per example) does not fit the data " + data.name() + ": " + what);
    }

    /** What the targets of the evaluated examples are: their range and whether all are whole numbers. */
    private record Targets(double min, double max, boolean whole) {

        private static final int CHUNK = 1024;

        static Targets scan(LabeledData data, int count) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            boolean whole = true;
            int width = data.targetWidth();
            float[] chunk = new float[Math.min(CHUNK, count) * width];
            for (int start = 0; start < count; start += CHUNK) {
                int n = Math.min(CHUNK, count - start);
                data.copyTargets(start, n, chunk, 0);
                for (int i = 0; i < n * width; i++) {
                    min = Math.min(min, chunk[i]);
                    max = Math.max(max, chunk[i]);
                    whole &= chunk[i] == Math.rint(chunk[i]);
                }
            }
            return new Targets(min, max, whole);
        }

        boolean binary() {
            return whole && min >= 0 && max <= 1;
        }

        boolean classIndexesBelow(int width) {
            return whole && min >= 0 && max < width;
        }

        String describe() {
            return (whole ? "range over " : "are numbers from ") + plain(min) + " to " + plain(max);
        }

        private static String plain(double value) {
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
        }
    }
}
