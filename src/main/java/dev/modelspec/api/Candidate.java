package dev.modelspec.api;

import dev.modelspec.metrics.TaskKind;
import dev.modelspec.metrics.classification.ConfusionMatrix;
import dev.modelspec.metrics.comparison.AccuracyDelta;
import dev.modelspec.metrics.comparison.BinaryComparison;
import dev.modelspec.metrics.comparison.ClassAccuracyDrop;
import dev.modelspec.metrics.comparison.Disagreement;
import dev.modelspec.metrics.comparison.McNemarTest;
import dev.modelspec.metrics.latency.LatencyComparison;
import dev.modelspec.metrics.multilabel.MultiLabelComparison;
import dev.modelspec.metrics.regression.RegressionComparison;
import dev.modelspec.metrics.size.ModelSizes;
import dev.modelspec.recipe.Recipe;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A compressed model: the baseline after one {@link CompressionRecipe recipe}, evaluated on the same
 * examples as the baseline and compared with it example by example. docs/metrics.md defines every
 * measure.
 */
public interface Candidate {

    /** The recipe's name: the name of its {@link CompressionRecipe} method. */
    String recipeName();

    /** The recipe that produced this candidate. */
    Recipe recipe();

    /** The exported SavedModel directory of this candidate, ready to ship. */
    Path savedModel();

    /** What the model predicts: the baseline's task. */
    default TaskKind task() {
        return TaskKind.MULTICLASS;
    }

    /** Both models' binary metrics (accuracy, precision, recall, F1, AUC), for a {@link TaskKind#BINARY binary} model. */
    default Optional<BinaryComparison> binaryComparison() {
        return Optional.empty();
    }

    /** Both models' regression metrics and the paired MSE increase, for a {@link TaskKind#REGRESSION regression}. */
    default Optional<RegressionComparison> regressionComparison() {
        return Optional.empty();
    }

    /**
     * Both models' multi-label metrics and the paired label-accuracy and micro-F1 drops, for a {@link
     * TaskKind#MULTILABEL multi-label} model.
     */
    default Optional<MultiLabelComparison> multiLabelComparison() {
        return Optional.empty();
    }

    /**
     * The top-1 accuracy on the same data as the baseline, in {@code [0, 1]}; {@code NaN} for a
     * regression or a multi-label model.
     */
    double accuracy();

    /** The fraction of examples whose label is among the {@code k} highest scores. */
    double topKAccuracy(int k);

    /** Candidate minus baseline accuracy with its paired 95% confidence interval. */
    AccuracyDelta accuracyDelta();

    /** McNemar's exact test on the examples only one of the two models gets right. */
    McNemarTest mcNemar();

    /** The fraction of examples where this candidate predicts the baseline's class, in {@code [0, 1]}. */
    double agreement();

    /** The mean KL divergence from the baseline's class probabilities to the candidate's. */
    double klDivergence();

    /** Baseline and candidate accuracy of every class, by class index. */
    List<ClassAccuracyDrop> classAccuracies();

    /** The class whose accuracy dropped most among classes with examples (ties: the lowest index). */
    default ClassAccuracyDrop largestClassDrop() {
        return classAccuracies().stream()
                .filter(c -> c.support() > 0)
                .max(Comparator.comparingDouble(ClassAccuracyDrop::drop).thenComparing(c -> -c.cls()))
                .orElseThrow();
    }

    /** The examples the two models classify differently, worst first (at most 100). */
    List<Disagreement> disagreements();

    /** The fraction of prunable weights that are zero, in {@code [0, 1]}. */
    double sparsity();

    /** The fraction of zeros per prunable variable, by variable name, in graph order. */
    Map<String, Double> weightSparsity();

    /** Every size measure of the candidate; the packed estimate uses the recipe's bit width. */
    ModelSizes size();

    /**
     * Baseline and candidate latency, measured interleaved on first call (it takes a few seconds)
     * and remembered.
     */
    LatencyComparison latency();

    /**
     * The latency if {@link #latency()} has already measured it, without measuring; empty when it has
     * not, or when this implementation does not remember it. Reports in {@code modelspec.latency=auto}
     * use it to show latency only where a check or test paid for it.
     */
    default Optional<LatencyComparison> measuredLatency() {
        return Optional.empty();
    }

    /**
     * The candidate's confusion matrix on the evaluation data, when this implementation kept every
     * prediction; empty otherwise.
     */
    default Optional<ConfusionMatrix> confusionMatrix() {
        return Optional.empty();
    }
}
