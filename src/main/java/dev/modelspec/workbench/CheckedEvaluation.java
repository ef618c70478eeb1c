package dev.modelspec.workbench;

import dev.modelspec.data.LabeledData;
import dev.modelspec.metrics.OutputKind;
import dev.modelspec.metrics.TaskKind;
import dev.modelspec.metrics.evaluation.Evaluation;
import dev.modelspec.metrics.evaluation.Evaluator;
import dev.modelspec.model.FloatTensor;
import dev.modelspec.model.ModelRunner;
import dev.modelspec.model.SavedModelReference;
import java.util.Arrays;
import java.util.Optional;

/**
 * Evaluates a SavedModel on data after checking what would otherwise fail in TensorFlow's or the
 * metrics' words: that the examples fit the model's input, that every label is one of the model's
 * classes, that no input is NaN; outputs that are not finite are traced to the weights that are not.
 *
 * @param what the model as messages name it, e.g. {@code the SavedModel} or {@code the candidate of recipe m80}
 */
record CheckedEvaluation(String what, SavedModelReference model, int batchSize, Optional<OutputKind> outputKind,
        Optional<TaskKind> task) {

    Evaluation evaluate(LabeledData data) {
        try (ModelRunner runner = open()) {
            checkShape(runner, data);
            checkLabels(runner, data);
            Evaluator evaluator = Evaluator.create().withBatchSize(batchSize);
            evaluator = outputKind.map(evaluator::withOutputKind).orElse(evaluator);
            try {
                return task.map(evaluator::withTask).orElse(evaluator).evaluate(runner, new FiniteInputs(data));
            } catch (IllegalArgumentException e) {
                if (e.getMessage() != null && e.getMessage().startsWith("batchScores[")) {
                    throw new IllegalStateException(what + " at " + model.directory() + " outputs NaN or infinite scores"
                            + SavedModelProblems.nonFiniteWeights(model).map(found -> ": its variable " + found
                                    + "; fix the weights (or the recipe that produced them)").orElse(""), e);
                }
                throw e;
            }
        }
    }

    private ModelRunner open() {
        try {
            return ModelRunner.open(model);
        } catch (RuntimeException e) {
            throw SavedModelProblems.explained(what, model.directory(), e);
        }
    }

    private void checkShape(ModelRunner runner, LabeledData data) {
        long[] expected = runner.input().exampleShape();
        if (Arrays.stream(expected).anyMatch(dimension -> dimension < 0)) {
            return;
        }
        long[] given = Arrays.stream(data.exampleShape()).asLongStream().toArray();
        if (FloatTensor.elementCount(expected) != FloatTensor.elementCount(given)) {
            throw new IllegalArgumentException(("the data %s gives examples of shape %s (%d values each), but %s at %s "
                    + "takes examples of shape %s (%d values each): make the data provider's examples fit the model's "
                    + "input, or declare the model that fits the data").formatted(data.name(), Arrays.toString(given),
                    FloatTensor.elementCount(given), what, model.directory(), Arrays.toString(expected),
                    FloatTensor.elementCount(expected)));
        }
    }

    private void checkLabels(ModelRunner runner, LabeledData data) {
        long[] output = runner.output().exampleShape();
        if (Arrays.stream(output).anyMatch(dimension -> dimension < 0)) {
            return;
        }
        long classes = FloatTensor.elementCount(output);
        if (classes < 3 || task.filter(t -> t != TaskKind.MULTICLASS).isPresent()) {
            return; // one or two outputs: binary or regression, which the evaluator's task resolution checks
        }
        for (int i = 0; i < data.size(); i++) {
            int label = data.label(i);
            if (label < 0 || label >= classes) {
                throw new IllegalArgumentException(("the data %s labels example %d as class %d, but %s at %s outputs "
                        + "%d classes (labels 0 to %d): fix the data provider's labels, or declare the model trained "
                        + "on these classes").formatted(data.name(), i, label, what, model.directory(), classes,
                        classes - 1));
            }
        }
    }
}
