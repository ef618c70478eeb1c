package dev.modelspec.workbench;

import dev.modelspec.api.Baseline;
import dev.modelspec.api.Candidate;
import dev.modelspec.data.DataProvider;
import dev.modelspec.data.LabeledData;
import dev.modelspec.engine.BaselineRequest;
import dev.modelspec.engine.EngineConfiguration;
import dev.modelspec.engine.Progress;
import dev.modelspec.engine.Workbench;
import dev.modelspec.metrics.TaskKind;
import dev.modelspec.metrics.comparison.Comparison;
import dev.modelspec.metrics.evaluation.Evaluation;
import dev.modelspec.metrics.evaluation.Evaluator;
import dev.modelspec.metrics.sparsity.SparsityReport;
import dev.modelspec.metrics.latency.LatencyComparison;
import dev.modelspec.metrics.latency.LatencyMeter;
import dev.modelspec.metrics.size.ModelSizes;
import dev.modelspec.model.ModelRunner;
import dev.modelspec.model.SavedModel;
import dev.modelspec.model.SavedModelHash;
import dev.modelspec.model.SavedModelReference;
import dev.modelspec.model.WeightSet;
import dev.modelspec.recipe.CompressionStep;
import dev.modelspec.recipe.Recipe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.HashMap;
import java.util.Optional;

/**
 * The {@link Workbench} on TensorFlow SavedModels. Results are cached under the configured cache
 * directory, keyed by content: a baseline's evaluation by the model's hash, tags, signature and
 * data; a candidate (its SavedModel and evaluation) by the baseline's key, the recipe's canonical
 * form with its seed, and the training data. A rerun with nothing changed compresses and evaluates
 * nothing.
 */
final class TensorFlowWorkbench implements Workbench {

    private static final String EVALUATION_FILE = "evaluation.bin";
    private static final int FULL_PRECISION = 32;

    private final Path cacheDirectory;
    private final LatencyMeter latencyMeter;
    private final Progress progress;
    private final WorkCounters counters;
    private final Map<Class<? extends DataProvider>, String> trainingDataKeys = new HashMap<>();

    TensorFlowWorkbench(EngineConfiguration configuration, Progress progress, WorkCounters counters) {
        this.cacheDirectory = configuration.cacheDir().toAbsolutePath().normalize();
        this.latencyMeter = configuration.latencyMeter();
        this.progress = progress;
        this.counters = counters;
    }

    @Override
    public Baseline baseline(BaselineRequest request) throws IOException {
        progress.phase("load");
        SavedModelReference reference = new SavedModelReference(request.savedModel(),
                request.tags().stream().sorted().toList(), request.signature());
        LabeledData all = DataProviders.load(request.data());
        LabeledData data = all.limit(request.limit().orElse(all.size()));
        String key = CacheKey.of(SavedModelHash.of(reference.directory()), String.join(",", reference.tags()),
                reference.signatureKey(), request.data().getName(), data.name(), Integer.toString(data.size()),
                request.outputKind().map(Enum::name).orElse("detected outputs"),
                request.task().map(Enum::name).orElse("detected task"));
        Path directory = cacheDirectory.resolve("baselines").resolve(key);
        Evaluation evaluation = evaluated(reference, data, request, request.task(), directory);
        Path servingCopy = directory.resolve("serving-copy");
        if (!Files.isRegularFile(servingCopy.resolve("saved_model.pb"))) {
            progress.phase("measure size");
            new CandidateBuilder(progress).exportUnchanged(reference, servingCopy);
        }
        return new EvaluatedBaseline(request, reference, key, data, evaluation,
                measured(reference.withDirectory(servingCopy), FULL_PRECISION).size());
    }

    @Override
    public Candidate candidate(Baseline baseline, String recipeName, Recipe recipe) throws IOException {
        EvaluatedBaseline base = (EvaluatedBaseline) baseline;
        BaselineRequest request = base.request();
        Path directory = candidateDirectory(base, recipe);
        Path model = directory.resolve("model");
        if (!isExported(model)) {
            counters.compressed();
            int done = cachedPrefixLength(base, recipe);
            SavedModelReference start = done == 0
                    ? base.reference()
                    : base.reference().withDirectory(candidateDirectory(base, recipe.prefix(done)).resolve("model"));
            new CandidateBuilder(progress).build(start, recipe, done, request.trainingData(), base.data(), directory);
        }
        SavedModelReference candidate = base.reference().withDirectory(model);
        Evaluation evaluation = evaluated(candidate, base.data(), request, Optional.of(base.task()), directory);
        Comparison comparison = Comparison.of(base.evaluation().labels(), base.evaluation().predictions(),
                evaluation.predictions());
        Measured measured = measured(candidate, recipe.bitsPerWeight().orElse(FULL_PRECISION));
        return new EvaluatedCandidate(recipeName, recipe, model, evaluation, comparison,
                TaskComparison.of(base.evaluation(), evaluation), measured.sparsity(), measured.size(),
                () -> latency(base, candidate));
    }

    private Path candidateDirectory(EvaluatedBaseline base, Recipe recipe) {
        String key = CacheKey.of(base.cacheKey(), recipe.canonicalForm(),
                base.request().trainingData().map(this::trainingDataKey).orElse("no training data"));
        return cacheDirectory.resolve("candidates").resolve(key);
    }

    /** The training data as the cache knows it: provider, name and size, loaded once per run. */
    private String trainingDataKey(Class<? extends DataProvider> provider) {
        return trainingDataKeys.computeIfAbsent(provider, type -> {
            LabeledData data = DataProviders.load(type);
            return type.getName() + "|" + data.name() + "|" + data.size();
        });
    }

    /**
     * The number of leading steps whose result is already exported and can be continued from: only
     * when none of the remaining steps trains, since exports keep no optimizer state.
     */
    private int cachedPrefixLength(EvaluatedBaseline base, Recipe recipe) {
        for (int done = recipe.steps().size() - 1; done >= 1; done--) {
            boolean remainingTrain = recipe.steps().subList(done, recipe.steps().size()).stream()
                    .anyMatch(CompressionStep::trains);
            if (!remainingTrain && isExported(candidateDirectory(base, recipe.prefix(done)).resolve("model"))) {
                return done;
            }
        }
        return 0;
    }

    private static boolean isExported(Path model) {
        return Files.isRegularFile(model.resolve("saved_model.pb"));
    }

    private LatencyComparison latency(EvaluatedBaseline base, SavedModelReference candidate) {
        progress.phase("latency");
        try (ModelRunner baseline = ModelRunner.open(base.reference()); ModelRunner compressed = ModelRunner.open(candidate)) {
            return latencyMeter.compare(baseline, compressed, base.data());
        }
    }

    private Evaluation evaluated(SavedModelReference reference, LabeledData data, BaselineRequest request,
            Optional<TaskKind> task, Path directory)
            throws IOException {
        Path file = directory.resolve(EVALUATION_FILE);
        Optional<Evaluation> cached = EvaluationStore.load(file);
        if (cached.isPresent() && cached.get().exampleCount() == data.size()) {
            return cached.get();
        }
        progress.phase("evaluate");
        counters.evaluated();
        Evaluation evaluation;
        try (ModelRunner runner = ModelRunner.open(reference)) {
            Evaluator evaluator = Evaluator.create().withBatchSize(request.batchSize());
            evaluator = request.outputKind().map(evaluator::withOutputKind).orElse(evaluator);
            evaluation = task.map(evaluator::withTask).orElse(evaluator).evaluate(runner, data);
        }
        EvaluationStore.save(evaluation, file);
        return evaluation;
    }

    private record Measured(SparsityReport sparsity, ModelSizes size) {}

    /** Sparsity and sizes of an exported model, from one read of its serving weights. */
    private static Measured measured(SavedModelReference exported, int bitsPerWeight) {
        try (SavedModel model = SavedModel.open(exported)) {
            WeightSet serving = model.readWeights();
            return new Measured(SparsityReport.of(serving), ModelSizes.of(exported.directory(), serving, bitsPerWeight));
        }
    }
}
