package dev.modelspec.workbench;

import dev.modelspec.api.Candidate;
import dev.modelspec.metrics.TaskKind;
import dev.modelspec.metrics.classification.ConfusionMatrix;
import dev.modelspec.metrics.comparison.AccuracyDelta;
import dev.modelspec.metrics.comparison.BinaryComparison;
import dev.modelspec.metrics.comparison.ClassAccuracyDrop;
import dev.modelspec.metrics.comparison.Comparison;
import dev.modelspec.metrics.comparison.Disagreement;
import dev.modelspec.metrics.comparison.McNemarTest;
import dev.modelspec.metrics.evaluation.Evaluation;
import dev.modelspec.metrics.latency.LatencyComparison;
import dev.modelspec.metrics.multilabel.MultiLabelComparison;
import dev.modelspec.metrics.regression.RegressionComparison;
import dev.modelspec.metrics.size.ModelSizes;
import dev.modelspec.metrics.sparsity.SparsityReport;
import dev.modelspec.recipe.Recipe;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** A candidate compressed, exported and evaluated by the {@link TensorFlowWorkbench}. */
final class EvaluatedCandidate implements Candidate {

    /** How many disagreements a candidate keeps. */
    static final int DISAGREEMENT_LIMIT = 100;

    private final String recipeName;
    private final Recipe recipe;
    private final Path savedModel;
    private final Evaluation evaluation;
    private final Comparison comparison;
    private final TaskComparison taskComparison;
    private final SparsityReport sparsity;
    private final ModelSizes size;
    private final Supplier<LatencyComparison> latency;
    private LatencyComparison measuredLatency;

    EvaluatedCandidate(String recipeName, Recipe recipe, Path savedModel, Evaluation evaluation, Comparison comparison,
            TaskComparison taskComparison, SparsityReport sparsity, ModelSizes size,
            Supplier<LatencyComparison> latency) {
        this.recipeName = recipeName;
        this.recipe = recipe;
        this.savedModel = savedModel;
        this.evaluation = evaluation;
        this.comparison = comparison;
        this.taskComparison = taskComparison;
        this.sparsity = sparsity;
        this.size = size;
        this.latency = latency;
    }

    @Override
    public String recipeName() {
        return recipeName;
    }

    @Override
    public Recipe recipe() {
        return recipe;
    }

    @Override
    public Path savedModel() {
        return savedModel;
    }

    @Override
    public TaskKind task() {
        return evaluation.task();
    }

    @Override
    public Optional<BinaryComparison> binaryComparison() {
        return taskComparison.binary();
    }

    @Override
    public Optional<RegressionComparison> regressionComparison() {
        return taskComparison.regression();
    }

    @Override
    public Optional<MultiLabelComparison> multiLabelComparison() {
        return taskComparison.multiLabel();
    }

    @Override
    public double accuracy() {
        return evaluation.accuracy();
    }

    @Override
    public double topKAccuracy(int k) {
        return evaluation.topKAccuracy(k);
    }

    @Override
    public AccuracyDelta accuracyDelta() {
        return comparison.accuracyDelta();
    }

    @Override
    public McNemarTest mcNemar() {
        return comparison.mcNemar();
    }

    @Override
    public double agreement() {
        return comparison.agreement();
    }

    @Override
    public double klDivergence() {
        return comparison.meanKlDivergence();
    }

    @Override
    public List<ClassAccuracyDrop> classAccuracies() {
        return comparison.perClassDrops();
    }

    @Override
    public List<Disagreement> disagreements() {
        return comparison.disagreements(DISAGREEMENT_LIMIT);
    }

    @Override
    public double sparsity() {
        return sparsity.sparsity();
    }

    @Override
    public Map<String, Double> weightSparsity() {
        Map<String, Double> byName = new LinkedHashMap<>();
        sparsity.weights().forEach(w -> byName.put(w.name(), w.sparsity().sparsity()));
        return byName;
    }

    @Override
    public ModelSizes size() {
        return size;
    }

    @Override
    public synchronized LatencyComparison latency() {
        if (measuredLatency == null) {
            measuredLatency = latency.get();
        }
        return measuredLatency;
    }

    @Override
    public synchronized Optional<LatencyComparison> measuredLatency() {
        return Optional.ofNullable(measuredLatency);
    }

    @Override
    public Optional<ConfusionMatrix> confusionMatrix() {
        return Optional.of(evaluation.confusionMatrix());
    }

    @Override
    public String toString() {
        return "Candidate " + recipeName + " (" + recipe.canonicalForm() + ") at " + savedModel;
    }
}
