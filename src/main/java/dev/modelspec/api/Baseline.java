package dev.modelspec.api;

import dev.modelspec.data.LabeledData;
import dev.modelspec.metrics.TaskKind;
import dev.modelspec.metrics.classification.BinaryMetrics;
import dev.modelspec.metrics.classification.ConfusionMatrix;
import dev.modelspec.metrics.multilabel.MultiLabelMetrics;
import dev.modelspec.metrics.regression.RegressionMetrics;
import dev.modelspec.metrics.size.ModelSizes;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The evaluated baseline model of a {@link ModelSpec}. */
public interface Baseline {

    /** The baseline as declared in {@link ModelSpec#baseline()}, e.g. {@code models/fashion-cnn-small}. */
    String name();

    /** The SavedModel directory that was loaded. */
    Path savedModel();

    /** What the model predicts, as declared or detected. */
    default TaskKind task() {
        return TaskKind.MULTICLASS;
    }

    /** Accuracy, precision, recall, F1 and AUC of a {@link TaskKind#BINARY binary} model; empty otherwise. */
    default Optional<BinaryMetrics> binaryMetrics() {
        return Optional.empty();
    }

    /** MSE, MAE, max error and R² (averaged across outputs) of a {@link TaskKind#REGRESSION regression}; empty otherwise. */
    default Optional<RegressionMetrics> regressionMetrics() {
        return Optional.empty();
    }

    /**
     * The MSE, MAE, max error and R² of each output of a {@link TaskKind#REGRESSION regression}, by
     * output index; empty otherwise. By default {@link #regressionMetrics()} as the one output.
     */
    default List<RegressionMetrics> regressionOutputs() {
        return regressionMetrics().map(List::of).orElse(List.of());
    }

    /**
     * Label accuracy, subset accuracy, micro- and macro-F1 of a {@link TaskKind#MULTILABEL multi-label}
     * model; empty otherwise.
     */
    default Optional<MultiLabelMetrics> multiLabelMetrics() {
        return Optional.empty();
    }

    /**
     * The top-1 accuracy on the evaluation data, in {@code [0, 1]}; {@code NaN} for a regression or a
     * multi-label model.
     */
    double accuracy();

    /** The fraction of examples whose label is among the {@code k} highest scores. */
    double topKAccuracy(int k);

    /** The number of examples evaluated. */
    int exampleCount();

    /** The evaluation data (already limited), shared with {@link ModelTest} methods. */
    LabeledData data();

    /**
     * The name of each class, by label, when the evaluation data names them (a labels file, image
     * folder names, declared classes); empty otherwise.
     */
    default Optional<List<String>> classNames() {
        return data().classNames();
    }

    /** Class {@code label} as reports show it: {@code 6 (Shirt)} when the classes are named, {@code 6} otherwise. */
    default String describeClass(int label) {
        return classNames().filter(names -> label >= 0 && label < names.size())
                .map(names -> label + " (" + names.get(label) + ")").orElse(Integer.toString(label));
    }

    /** Every size measure of the baseline, packed at 32 bits per weight. */
    ModelSizes size();

    /**
     * The baseline's confusion matrix on the evaluation data, when this implementation kept every
     * prediction; empty otherwise.
     */
    default Optional<ConfusionMatrix> confusionMatrix() {
        return Optional.empty();
    }
}
