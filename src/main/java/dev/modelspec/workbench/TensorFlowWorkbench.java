package dev.modelspec.workbench;

import dev.modelspec.api.Candidate;
import dev.modelspec.data.DataProvider;
import dev.modelspec.data.LabeledData;
import dev.modelspec.metrics.TaskKind;
import dev.modelspec.metrics.comparison.Comparison;
import dev.modelspec.metrics.evaluation.Evaluation;
import dev.modelspec.metrics.latency.LatencyComparison;
import dev.modelspec.metrics.latency.LatencyMeter;
import dev.modelspec.metrics.size.ModelSizes;
import dev.modelspec.metrics.sparsity.SparsityReport;
import dev.modelspec.model.ModelRunner;
import dev.modelspec.model.SavedModel;
import dev.modelspec.model.SavedModelHash;
import dev.modelspec.model.SavedModelReference;
import dev.modelspec.model.SignatureBinding;
import dev.modelspec.model.WeightSet;
import dev.modelspec.model.graph.TrainingGraphCache;
import dev.modelspec.recipe.CompressionStep;
import dev.modelspec.recipe.Recipe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The {@link Workbench} on TensorFlow SavedModels. Results are cached in a {@link CacheDirectory},
 * keyed by content: a baseline's evaluation by the model's hash, tags, signature and data; a
 * candidate (its SavedModel and evaluation) by the baseline's key, the recipe's canonical form with
 * its seed, and the training data. A rerun with nothing changed compresses and evaluates nothing.
 */
@API(status = API.Status.INTERNAL)
public final class TensorFlowWorkbench implements Workbench {

    private static final String EVALUATIONS = "evaluations";
    private static final String SERVING_COPIES = "serving-copies";
    private static final String CANDIDATES = "candidates";
    private static final String MODEL = "model";
    private static final int FULL_PRECISION = 32;
    private static final String BASELINE = "the SavedModel";

    private final CacheDirectory cache;
    private final LatencyMeter latencyMeter;
    private final Progress progress;
    private final WorkCounters counters;
    private final Map<Class<? extends DataProvider>, String> trainingDataKeys = new HashMap<>();
    private final TrainingGraphCache trainingGraphs = TrainingGraphCache.create();

    TensorFlowWorkbench(Path cacheDirectory, LatencyMeter latencyMeter, Progress progress, WorkCounters counters)
            throws IOException {
        this.cache = CacheDirectory.open(cacheDirectory, progress);
        this.latencyMeter = latencyMeter;
        this.progress = progress;
        this.counters = counters;
    }

    /**
     * The workbench of one run, caching its results under {@code cacheDirectory}.
     *
     * @param progress where the phases of long work are announced
     * @throws IOException if neither the cache directory nor a temporary directory can be used
     */
    public static Workbench create(Path cacheDirectory, LatencyMeter latencyMeter, Progress progress) throws IOException {
        return new TensorFlowWorkbench(cacheDirectory, latencyMeter, progress, new WorkCounters());
    }

    @Override
    public LoadedBaseline baseline(BaselineRequest request) throws IOException {
        progress.phase("load");
        SavedModelProblems.checkComplete(request.savedModel());
        SavedModelReference reference = new SavedModelReference(request.savedModel(),
                request.tags().stream().sorted().toList(), request.signature());
        LabeledData all = DataProviders.load(request.data());
        LabeledData data = all.limit(request.limit().orElse(all.size()));
        List<String> parts = new ArrayList<>(List.of(SavedModelHash.of(reference.directory()),
                String.join(",", reference.tags()), reference.signatureKey(), request.data().getName(), data.name(),
                Integer.toString(data.size()), request.outputKind().map(Enum::name).orElse("detected outputs"),
                request.task().map(Enum::name).orElse("detected task")));
        if (request.output().isPresent() || !data.namedInputs().isEmpty()) {
            parts.add("output " + request.output().orElse("only") + ", inputs " + data.namedInputs());
        }
        String key = CacheKey.of(parts.toArray(String[]::new));
        CheckedEvaluation checked = new CheckedEvaluation(BASELINE, reference, request.batchSize(), request.output(),
                request.outputKind(), request.task());
        Evaluation evaluation = evaluated(checked, data, key);
        if (evaluation.task().classifies()) { // a multi-label model's independent sigmoids never sum to 1
            DeclaredOutputs.contradiction(request.outputKind(), evaluation.predictions(), reference.directory())
                    .ifPresent(progress::warning);
        }
        Path servingCopy = cache.entry(SERVING_COPIES, key, staging -> {
            progress.phase("measure size");
            new CandidateBuilder(progress, trainingGraphs).exportUnchanged(reference, staging.resolve(MODEL));
        }, entry -> entry.resolve(MODEL));
        EvaluatedBaseline baseline = new EvaluatedBaseline(request, reference, key, data, evaluation,
                measured(BASELINE, reference.withDirectory(servingCopy), servingCopy, FULL_PRECISION).size());
        return new Loaded(this, baseline);
    }

    /** The workbench's own handle on a baseline it loaded. */
    private record Loaded(TensorFlowWorkbench workbench, EvaluatedBaseline baseline) implements LoadedBaseline {

        @Override
        public Candidate candidate(String recipeName, Recipe recipe) throws IOException {
            return workbench.candidate(baseline, recipeName, recipe);
        }
    }

    private Candidate candidate(EvaluatedBaseline base, String recipeName, Recipe recipe) throws IOException {
        BaselineRequest request = base.request();
        String key = candidateKey(base, recipe);
        Path entry = cache.entry(CANDIDATES, key, staging -> {
            counters.compressed();
            int done = cachedPrefixLength(base, recipe);
            SavedModelReference start = done == 0
                    ? base.reference()
                    : base.reference().withDirectory(cache.existing(CANDIDATES, candidateKey(base, recipe.prefix(done)))
                            .orElseThrow().resolve(MODEL));
            new CandidateBuilder(progress, trainingGraphs).build(start, recipe, done, request.trainingData(), base.data(), staging);
        }, published -> published);
        SavedModelReference weights = base.reference().withDirectory(entry.resolve(MODEL));
        SavedModelReference candidate = base.reference().withDirectory(shipped(entry));
        String what = "the candidate of recipe " + recipeName;
        Evaluation evaluation = evaluated(new CheckedEvaluation(what, candidate, request.batchSize(), request.output(),
                request.outputKind(), Optional.of(base.task())), base.data(), key);
        Comparison comparison = Comparison.of(base.evaluation().labels(), base.evaluation().predictions(),
                evaluation.predictions());
        Measured measured = measured(what, weights, candidate.directory(), recipe.bitsPerWeight().orElse(FULL_PRECISION));
        return new EvaluatedCandidate(recipeName, recipe, candidate.directory(), evaluation, comparison,
                TaskComparison.of(base.evaluation(), evaluation), measured.sparsity(), measured.size(),
                () -> latency(base, candidate));
    }

    private String candidateKey(EvaluatedBaseline base, Recipe recipe) {
        return CacheKey.of(base.cacheKey(), recipe.canonicalForm(),
                base.request().trainingData().map(this::trainingDataKey).orElse("no training data"));
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
     * when none of the remaining steps trains, since exports keep no optimizer state, and none of the
     * done steps quantized activations, since their ranges are not in the exported weights.
     */
    private int cachedPrefixLength(EvaluatedBaseline base, Recipe recipe) {
        for (int done = recipe.steps().size() - 1; done >= 1; done--) {
            boolean remainingTrain = recipe.steps().subList(done, recipe.steps().size()).stream()
                    .anyMatch(CompressionStep::trains);
            if (!remainingTrain && !recipe.prefix(done).quantizesActivations()
                    && cache.existing(CANDIDATES, candidateKey(base, recipe.prefix(done))).isPresent()) {
                return done;
            }
        }
        return 0;
    }

    private LatencyComparison latency(EvaluatedBaseline base, SavedModelReference candidate) {
        progress.phase("latency");
        SignatureBinding binding = CheckedEvaluation.binding(base.request().output(), base.data());
        try (ModelRunner baseline = ModelRunner.open(base.reference(), binding);
                ModelRunner compressed = ModelRunner.open(candidate, binding)) {
            return latencyMeter.compare(baseline, compressed, base.data());
        }
    }

    /** The evaluation of {@code checked}'s model on {@code data}, from the cache entry {@code key} or computed into it. */
    private Evaluation evaluated(CheckedEvaluation checked, LabeledData data, String key) throws IOException {
        return cache.entry(EVALUATIONS, key, staging -> {
            progress.phase("evaluate");
            counters.evaluated();
            EvaluationStore.save(checked.evaluate(data), staging.resolve(EvaluationStore.FILE));
        }, entry -> EvaluationStore.load(entry.resolve(EvaluationStore.FILE), data.size()));
    }

    private record Measured(SparsityReport sparsity, ModelSizes size) {}

    /**
     * Sparsity and sizes of an exported model: the weights as float32 values from {@code weights}, the
     * bytes of the {@code shipped} directory (the same model, or its rewrite with stored weights or
     * removed filters).
     */
    private static Measured measured(String what, SavedModelReference weights, Path shipped, int bitsPerWeight) {
        try (SavedModel model = SavedModel.open(weights)) {
            WeightSet serving = model.readWeights();
            return new Measured(SparsityReport.of(serving), ModelSizes.of(shipped, serving, bitsPerWeight));
        } catch (RuntimeException e) {
            throw SavedModelProblems.explained(what, weights.directory(), e);
        }
    }

    /**
     * The model a candidate entry ships: the rewrite with stored weights or removed filters when the
     * recipe asked for one, else the float32 export (which chains continue from either way).
     */
    private static Path shipped(Path entry) {
        Path rewritten = entry.resolve(CandidateBuilder.SHIPPED);
        return Files.isDirectory(rewritten) ? rewritten : entry.resolve(MODEL);
    }

    @Override
    public void close() throws IOException {
        trainingGraphs.close();
        cache.close();
    }
}
