package dev.modelspec.workbench;

import dev.modelspec.data.DataProvider;
import dev.modelspec.data.LabeledData;
import dev.modelspec.model.ExportOptions;
import dev.modelspec.model.SavedModel;
import dev.modelspec.model.SavedModelReference;
import dev.modelspec.model.TrainingSignature;
import dev.modelspec.model.WeightSet;
import dev.modelspec.model.graph.ActivationRanges;
import dev.modelspec.model.graph.ChannelParameters;
import dev.modelspec.model.graph.CompressedExport;
import dev.modelspec.model.graph.ExportReport;
import dev.modelspec.model.graph.TrainingGraphCache;
import dev.modelspec.recipe.ActivationStatistics;
import dev.modelspec.recipe.CompressionStep;
import dev.modelspec.recipe.Recipe;
import dev.modelspec.recipe.TrainingSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Applies a recipe to a fresh copy of the baseline and exports the candidate SavedModel into a
 * staging directory of the {@link CacheDirectory}, which publishes it.
 */
final class CandidateBuilder {

    /** The entry's directory of the shipped rewrite, when the recipe stores weights or removes filters. */
    static final String SHIPPED = "shipped";

    /** What the rewrite left alone and why, one note a line. */
    static final String SHIPPED_NOTES = "shipped-notes.txt";

    private final Progress progress;
    private final TrainingGraphCache trainingGraphs;

    /** A builder whose recipes fine-tune through the training graphs of {@code trainingGraphs}, the run's. */
    CandidateBuilder(Progress progress, TrainingGraphCache trainingGraphs) {
        this.progress = progress;
        this.trainingGraphs = trainingGraphs;
    }

    /**
     * Builds {@code recipe}'s candidate, starting from {@code start}: the baseline,
     * or the exported result of the recipe's first {@code stepsDone} steps. Each step gets activation
     * statistics of the weights it starts from, sampled from the training data, else from {@code
     * evaluationData}, so a continued chain computes what a full build computes. Writes {@code
     * model/} (the float32 export, which chains continue from) and {@code recipe.txt} into {@code
     * staging}, and {@value #SHIPPED}/ when the recipe stores weights or removes filters, or ends in a
     * SavedModel of another graph made elsewhere ({@link ForeignCandidate}): steps after such a
     * model start from it.
     */
    void build(SavedModelReference start, Recipe recipe, int stepsDone,
            Optional<Class<? extends DataProvider>> trainingData, LabeledData evaluationData, Path staging)
            throws IOException {
        if (stepsDone > 0) {
            progress.phase("continue from the cached result of " + recipe.prefix(stepsDone).canonicalForm());
        }
        Optional<ForeignCandidate.Replacement> foreign;
        try (SavedModel model = SavedModel.open(start)) {
            WeightSet weights = model.readWeights();
            foreign = ForeignCandidate.of(recipe, stepsDone, model, weights);
            if (foreign.isEmpty()) {
                compress(model, weights, recipe, stepsDone, trainingData, evaluationData, staging);
            }
        }
        if (foreign.isPresent() && foreign.get().index() == recipe.steps().size() - 1) {
            progress.phase("copy the external candidate " + foreign.get().directory());
            ForeignCandidate.ship(foreign.get().directory(), start, staging, staging.resolve("model"));
        } else if (foreign.isPresent()) {
            progress.phase("continue from the external candidate " + foreign.get().directory());
            try (SavedModel model = SavedModel.open(start.withDirectory(foreign.get().directory()))) {
                compress(model, model.readWeights(), recipe, foreign.get().index() + 1, trainingData, evaluationData,
                        staging);
            }
        }
        Files.writeString(staging.resolve("recipe.txt"), recipe.canonicalForm() + System.lineSeparator());
    }

    /** Applies {@code recipe}'s steps from {@code from} on to {@code weights} of {@code model} and exports the result. */
    private void compress(SavedModel model, WeightSet weights, Recipe recipe, int from,
            Optional<Class<? extends DataProvider>> trainingData, LabeledData evaluationData, Path staging)
            throws IOException {
        Optional<LabeledData> examples = trainingData.map(DataProviders::load);
        Optional<TrainingSetup> training = examples.map(data ->
                new TrainingSetup(model, data, TrainingSignature.DEFAULT_KEY, trainingGraphs));
        LabeledData calibration = SampledActivations.calibrationSample(examples, evaluationData);
        Supplier<ChannelParameters> channelParameters = computedOnFirstUse(model);
        AtomicReference<ActivationRanges> ranges = new AtomicReference<>();
        for (CompressionStep step : recipe.steps().subList(from, recipe.steps().size())) {
            progress.phase("compress: " + step.canonicalForm());
            ActivationStatistics activations = new SampledActivations(model, weights, calibration);
            step.apply(weights, new WorkbenchStepContext(recipe.seed(), progress, training, Optional.of(activations),
                    channelParameters, ranges::set));
        }
        progress.phase("export");
        model.writeWeights(weights);
        model.exportTo(staging.resolve("model"), ExportOptions.asIs());
        if (recipe.rewritesTheGraph()) {
            progress.phase("export the shipped model: " + recipe.storage().map(s -> s + " weights").orElse("")
                    + (recipe.removesFilters() ? " filters removed" : "") + (ranges.get() != null ? " activations int8" : ""));
            CompressedExport export = CompressedExport.of(model);
            export = recipe.removesFilters() ? export.removingZeroedFilters() : export;
            export = Optional.ofNullable(ranges.get()).map(export::quantizingActivations).orElse(export);
            export = recipe.storage().map(export::storing).orElse(export);
            ExportReport report = export.write(staging.resolve(SHIPPED));
            Files.write(staging.resolve(SHIPPED_NOTES), report.notes());
        }
    }

    /** {@code model}'s channel parameters, found on first use: only filter pruning and fine-tuning ask. */
    private static Supplier<ChannelParameters> computedOnFirstUse(SavedModel model) {
        return new Supplier<>() {
            private ChannelParameters found;

            @Override
            public ChannelParameters get() {
                if (found == null) {
                    found = ChannelParameters.of(model);
                }
                return found;
            }
        };
    }

    /** Exports the model as it is to {@code target}: the baseline as candidates are exported. */
    void exportUnchanged(SavedModelReference model, Path target) {
        try (SavedModel opened = SavedModel.open(model)) {
            opened.exportTo(target, ExportOptions.asIs());
        }
    }
}
