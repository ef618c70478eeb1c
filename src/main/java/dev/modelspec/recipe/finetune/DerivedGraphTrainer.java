package dev.modelspec.recipe.finetune;

import dev.modelspec.data.LabeledData;
import dev.modelspec.model.FloatTensor;
import dev.modelspec.model.ModelVariable;
import dev.modelspec.model.SavedModel;
import dev.modelspec.model.VariableRole;
import dev.modelspec.model.WeightSet;
import dev.modelspec.model.graph.ActivationQuantization;
import dev.modelspec.model.graph.ActivationRanges;
import dev.modelspec.model.graph.FakeQuantization;
import dev.modelspec.model.graph.FlatGraph;
import dev.modelspec.model.graph.FlatVariable;
import dev.modelspec.model.graph.OutputKind;
import dev.modelspec.model.graph.SavedModelFlattening;
import dev.modelspec.model.graph.TrainingGraph;
import dev.modelspec.model.graph.TrainingGraphCache;
import dev.modelspec.recipe.TrainingSetup;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Trains a model through a {@link TrainingGraph} derived from its serving signature: loss for the
 * detected {@link OutputKind}, the recipe's optimizer (Adam at Keras' default learning rate {@value
 * #LEARNING_RATE} unless it chose another), BatchNormalization in inference mode, and for
 * quantization-aware fine-tuning the prunable weights read through their int8 grid ({@link
 * FakeQuantization}) and, if chosen, the layers' outputs through theirs ({@link
 * ActivationQuantization}, ranges calibrated on the first {@value #CALIBRATION_EXAMPLES} training
 * examples with the starting weights on their grid, then fixed). The graph comes from the run's {@link dev.modelspec.model.graph.TrainingGraphCache},
 * so recipes on the same baseline share one, and goes back there on {@link #close()}. The weights
 * start from the model's session and go back there on {@link #finish()}.
 */
final class DerivedGraphTrainer implements ModelTrainer {

    /** Keras' default Adam learning rate, which tfmot's pruning tutorial fine-tunes with. */
    static final double LEARNING_RATE = 1e-3;

    /** The first training examples (file order) the activations' int8 ranges are calibrated on. */
    static final int CALIBRATION_EXAMPLES = 1024;

    /** The batch size of that calibration: each batch's minimum and maximum are averaged. */
    static final int CALIBRATION_BATCH = 32;

    private final SavedModel model;
    private final TrainingGraphCache cache;
    private final FlatGraph flat;
    private final TrainingGraph training;
    private final Map<String, FlatVariable> byModelName = new HashMap<>();
    private final Map<String, ModelVariable> modelVariables = new HashMap<>();
    private final Optional<ActivationRanges> ranges;

    private DerivedGraphTrainer(SavedModel model, TrainingGraphCache cache, FlatGraph flat, TrainingGraph training,
            Optional<ActivationRanges> ranges) {
        this.model = model;
        this.ranges = ranges;
        this.cache = cache;
        this.flat = flat;
        this.training = training;
        flat.variables().forEach(v -> byModelName.put(v.sourceVariable(), v));
        model.variables().forEach(v -> modelVariables.put(v.name(), v));
    }

    static DerivedGraphTrainer open(TrainingSetup setup, TrainingChoices choices) {
        SavedModel model = setup.model();
        FlatGraph flat = SavedModelFlattening.inline(model);
        List<String> prunable = prunable(model, flat);
        Map<String, FloatTensor> start = SavedModelFlattening.readValues(model, flat);
        FlatGraph weightsOnGrid = choices.fakeQuantization().map(grid -> grid.applyTo(flat, prunable)).orElse(flat);
        Optional<ActivationRanges> ranges = choices.activations()
                ? Optional.of(ActivationRanges.calibrate(weightsOnGrid, start, ActivationQuantization.sites(flat, prunable),
                        calibrationExamples(setup.data()), CALIBRATION_BATCH))
                : Optional.empty();
        FlatGraph trained = ranges.map(r -> ActivationQuantization.forTraining(weightsOnGrid, r)).orElse(weightsOnGrid);
        TrainingGraphCache cache = setup.trainingGraphs();
        TrainingGraph training = cache.acquire(trained, OutputKind.detect(flat), choices.optimizerOrDefault());
        try {
            training.load(start);
            return new DerivedGraphTrainer(model, cache, flat, training, ranges);
        } catch (RuntimeException e) {
            cache.release(training);
            throw e;
        }
    }

    /** The first {@value #CALIBRATION_EXAMPLES} examples of {@code data} (or all), flattened. */
    private static float[] calibrationExamples(LabeledData data) {
        int count = Math.min(data.size(), CALIBRATION_EXAMPLES);
        float[] examples = new float[count * data.exampleLength()];
        data.copyInputs(0, count, examples, 0);
        return examples;
    }

    /** The flat names of the weights the model lists as prunable (kernels), which int8 quantization rounds. */
    private static List<String> prunable(SavedModel model, FlatGraph flat) {
        Map<String, ModelVariable> byName = new HashMap<>();
        model.variables().forEach(v -> byName.put(v.name(), v));
        return flat.variables().stream().filter(v -> {
            ModelVariable described = byName.get(v.sourceVariable());
            return described != null && described.role() == VariableRole.PRUNABLE_WEIGHT;
        }).map(FlatVariable::name).toList();
    }

    @Override
    public float step(float[] examples, int[] labels, int count) {
        return training.step(examples, labels, count);
    }

    @Override
    public WeightSet read(Predicate<ModelVariable> filter) {
        Map<String, FloatTensor> values = training.values();
        WeightSet weights = new WeightSet();
        for (FlatVariable variable : flat.variables()) {
            ModelVariable described = modelVariables.get(variable.sourceVariable());
            if (described != null && described.isFloat() && filter.test(described)) {
                weights.add(described, values.get(variable.name()));
            }
        }
        return weights;
    }

    @Override
    public void write(WeightSet weights) {
        Map<String, FloatTensor> values = new LinkedHashMap<>();
        for (WeightSet.Entry entry : weights.entries()) {
            FlatVariable variable = byModelName.get(entry.variable().name());
            if (variable != null) {
                values.put(variable.name(), entry.tensor());
            }
        }
        training.assign(values);
    }

    @Override
    public Optional<ActivationRanges> activationRanges() {
        return ranges;
    }

    @Override
    public void finish() {
        SavedModelFlattening.writeValues(model, flat, training.values());
    }

    @Override
    public void close() {
        cache.release(training);
    }
}
