package dev.modelspec.metrics.evaluation;

import dev.modelspec.data.LabeledData;
import dev.modelspec.metrics.TaskKind;
import java.util.Optional;

/**
 * Decides the task of a model from its output width and the data's targets, or checks the declared
 * one against them: one or two outputs with 0/1 labels are binary, one output with targets that are
 * not all whole numbers is a regression, more outputs with class indexes below the width are
 * multi-class. One output with whole-number labels beyond 0/1 is ambiguous and must be declared. Anything that
 * does not fit is an {@link IllegalArgumentException} that says what the model gives, what the data
 * holds, and what to declare or change.
 */
final class TaskResolution {

    private TaskResolution() {}

    static TaskKind resolve(Optional<TaskKind> declared, int width, LabeledData data, int count) {
        Targets targets = Targets.scan(data, count);
        TaskKind task = declared.orElseGet(() -> detect(width, targets, data));
        switch (task) {
            case REGRESSION -> {
                if (width != 1) {
                    throw mismatch(data, width, "task = REGRESSION needs one output per example, but the model gives "
                            + width + ": choose a signature or output with one value per example");
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

    private static IllegalArgumentException mismatch(LabeledData data, int width, String what) {
        return new IllegalArgumentException("The model's output (" + width + " value" + (width == 1 ? "" : "s")
                + " per example) does not fit the data " + data.name() + ": " + what);
    }

    /** What the targets of the evaluated examples are: their range and whether all are whole numbers. */
    private record Targets(double min, double max, boolean whole) {

        static Targets scan(LabeledData data, int count) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            boolean whole = true;
            for (int i = 0; i < count; i++) {
                float target = data.target(i);
                min = Math.min(min, target);
                max = Math.max(max, target);
                whole &= target == Math.rint(target);
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
