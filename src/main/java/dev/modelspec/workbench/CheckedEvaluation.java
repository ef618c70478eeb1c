package dev.modelspec.workbench;

import dev.modelspec.data.LabeledData;
import dev.modelspec.data.NamedInput;
import dev.modelspec.metrics.OutputKind;
import dev.modelspec.metrics.TaskKind;
import dev.modelspec.metrics.evaluation.Evaluation;
import dev.modelspec.metrics.evaluation.Evaluator;
import dev.modelspec.model.FloatTensor;
import dev.modelspec.model.ModelRunner;
import dev.modelspec.model.SavedModelReference;
import dev.modelspec.model.SignatureBinding;
import dev.modelspec.model.TensorSpec;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates a SavedModel on data after checking what would otherwise fail in TensorFlow's or the
 * metrics' words: that the examples fit the model's inputs (each named input its own, when the
 * signature has several), that every label is one of the model's classes, that no input is NaN; outputs that are not finite are traced to the weights that are not.
 *
 * @param what the model as messages name it, e.g. {@code the SavedModel} or {@code the candidate of recipe m80}
 */
record CheckedEvaluation(String what, SavedModelReference model, int batchSize, Optional<String> output,
        Optional<OutputKind> outputKind, Optional<TaskKind> task) {

    /**
     * The tensors to feed and read: the declared output, and the data's named inputs (used when the
     * signature has several).
     */
    static SignatureBinding binding(Optional<String> output, LabeledData data) {
        return new SignatureBinding(output, data.namedInputs().stream().map(NamedInput::name).toList());
    }

    Evaluation evaluate(LabeledData data) {
        try (ModelRunner runner = open(data)) {
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

    private ModelRunner open(LabeledData data) {
        try {
            return ModelRunner.open(model, binding(output, data));
        } catch (RuntimeException e) {
            throw SavedModelProblems.explained(what, model.directory(), e);
        }
    }

    private void checkShape(ModelRunner runner, LabeledData data) {
        List<TensorSpec> inputs = runner.inputs();
        if (inputs.size() > 1) {
            for (int i = 0; i < inputs.size(); i++) {
                NamedInput given = data.namedInputs().get(i);
                long expected = FloatTensor.elementCount(inputs.get(i).exampleShape());
                if (given.length() != expected) {
                    throw new IllegalArgumentException(("the data %s gives the input %s %d values per example, but %s "
                            + "at %s takes %s of shape %s (%d values): make the data's named inputs fit the signature's")
                            .formatted(data.name(), given.name(), given.length(), what, model.directory(),
                                    inputs.get(i).key(), Arrays.toString(inputs.get(i).exampleShape()), expected));
                }
            }
            return;
        }
        long[] expected = inputs.get(0).exampleShape();
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
        if (classes < 3 || data.targetWidth() > 1 || task.filter(t -> t != TaskKind.MULTICLASS).isPresent()) {
            return; // binary, regression or multi-label, which the evaluator's task resolution checks
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
