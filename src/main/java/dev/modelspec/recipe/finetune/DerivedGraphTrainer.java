package dev.modelspec.recipe.finetune;

import dev.modelspec.model.FloatTensor;
import dev.modelspec.model.ModelVariable;
import dev.modelspec.model.SavedModel;
import dev.modelspec.model.VariableRole;
import dev.modelspec.model.WeightSet;
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
import java.util.function.Predicate;

/**
 * Trains a model through a {@link TrainingGraph} derived from its serving signature: loss for the
 * detected {@link OutputKind}, the recipe's optimizer (Adam at Keras' default learning rate {@value
 * #LEARNING_RATE} unless it chose another), BatchNormalization in inference mode, and for
 * quantization-aware fine-tuning the prunable weights read through their int8 grid ({@link
 * FakeQuantization}). The graph comes from the run's {@link dev.modelspec.model.graph.TrainingGraphCache},
 * so recipes on the same baseline share one, and goes back there on {@link #close()}. The weights
 * start from the model's session and go back there on {@link #finish()}.
 */
final class DerivedGraphTrainer implements ModelTrainer {

    /** Keras' default Adam learning rate, which tfmot's pruning tutorial fine-tunes with. */
    static final double LEARNING_RATE = 1e-3;

    private final SavedModel model;
    private final TrainingGraphCache cache;
    private final FlatGraph flat;
    private final TrainingGraph training;
    private final Map<String, FlatVariable> byModelName = new HashMap<>();
    private final Map<String, ModelVariable> modelVariables = new HashMap<>();

    private DerivedGraphTrainer(SavedModel model, TrainingGraphCache cache, FlatGraph flat, TrainingGraph training) {
        this.model = model;
        this.cache = cache;
        this.flat = flat;
        this.training = training;
        flat.variables().forEach(v -> byModelName.put(v.sourceVariable(), v));
        model.variables().forEach(v -> modelVariables.put(v.name(), v));
    }

    static DerivedGraphTrainer open(TrainingSetup setup, TrainingChoices choices) {
        SavedModel model = setup.model();
        FlatGraph flat = SavedModelFlattening.inline(model);
        FlatGraph trained = choices.fakeQuantization().map(grid -> grid.applyTo(flat, prunable(model, flat))).orElse(flat);
        TrainingGraphCache cache = setup.trainingGraphs();
        TrainingGraph training = cache.acquire(trained, OutputKind.detect(flat), choices.optimizerOrDefault());
        try {
            training.load(SavedModelFlattening.readValues(model, flat));
            return new DerivedGraphTrainer(model, cache, flat, training);
        } catch (RuntimeException e) {
            cache.release(training);
            throw e;
        }
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
    public void finish() {
        SavedModelFlattening.writeValues(model, flat, training.values());
    }

    @Override
    public void close() {
        cache.release(training);
    }
}
