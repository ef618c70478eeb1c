package dev.modelspec.workbench;

import dev.modelspec.api.Baseline;
import dev.modelspec.data.LabeledData;
import dev.modelspec.metrics.TaskKind;
import dev.modelspec.metrics.classification.BinaryMetrics;
import dev.modelspec.metrics.classification.ConfusionMatrix;
import dev.modelspec.metrics.multilabel.MultiLabelMetrics;
import dev.modelspec.metrics.regression.RegressionMetrics;
import dev.modelspec.metrics.evaluation.Evaluation;
import dev.modelspec.metrics.size.ModelSizes;
import dev.modelspec.model.SavedModelReference;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A baseline loaded and evaluated by the {@link TensorFlowWorkbench}.
 *
 * @param request what the engine asked for
 * @param reference the SavedModel, tags and signature
 * @param cacheKey the key of this baseline's cached results, from its content and data
 * @param data the evaluation data, limited as requested
 * @param evaluation the baseline's outputs on {@code data}
 * @param size the sizes of the baseline re-exported with its training state zeroed, as candidates are
 */
record EvaluatedBaseline(BaselineRequest request, SavedModelReference reference, String cacheKey, LabeledData data,
        Evaluation evaluation, ModelSizes size) implements Baseline {

    @Override
    public String name() {
        return request.name();
    }

    @Override
    public Path savedModel() {
        return reference.directory();
    }

    @Override
    public TaskKind task() {
        return evaluation.task();
    }

    @Override
    public Optional<BinaryMetrics> binaryMetrics() {
        return evaluation.binaryMetrics();
    }

    @Override
    public Optional<RegressionMetrics> regressionMetrics() {
        return evaluation.regressionMetrics();
    }

    @Override
    public List<RegressionMetrics> regressionOutputs() {
        return evaluation.regressionOutputs();
    }

    @Override
    public Optional<MultiLabelMetrics> multiLabelMetrics() {
        return evaluation.multiLabelMetrics();
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
    public int exampleCount() {
        return evaluation.exampleCount();
    }

    @Override
    public Optional<ConfusionMatrix> confusionMatrix() {
        return Optional.of(evaluation.confusionMatrix());
    }
}
