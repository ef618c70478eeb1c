package dev.modelspec.engine;

import dev.modelspec.api.Baseline;
import dev.modelspec.api.Candidate;
import dev.modelspec.recipe.Recipe;
import dev.modelspec.workbench.Workbench;
import dev.modelspec.workbench.Workbench.LoadedBaseline;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The run's workbench and its results, cached by what is asked: baselines by {@link
 * DeclaredBaseline}, candidates by baseline, recipe name and canonical form (the workbench itself
 * reuses the work behind equal recipes of other names). Lives in the request-level
 * store, which closes it (and the workbench) at the end of the run.
 */
final class WorkbenchSession implements AutoCloseable {

    private record CandidateKey(DeclaredBaseline baseline, String recipeName, String recipe) {}

    private final EngineConfiguration configuration;
    private final ProgressReporter progress;
    private final Map<DeclaredBaseline, Memo<Baseline>> baselines = new HashMap<>();
    private final Map<Baseline, LoadedBaseline> loaded = new IdentityHashMap<>();
    private final Map<CandidateKey, Memo<Candidate>> candidates = new HashMap<>();
    private final Memo<Workbench> workbench;

    WorkbenchSession(WorkbenchFactory factory, EngineConfiguration configuration, ProgressReporter progress) {
        this.configuration = configuration;
        this.progress = progress;
        this.workbench = new Memo<>(() -> factory.create(configuration, progress), "");
    }

    /** The baseline of {@code declared}, evaluated on first use; {@code asker} names the spec for progress. */
    Memo<Baseline> baseline(DeclaredBaseline declared, String asker, ClassLoader classLoader) {
        return baselines.computeIfAbsent(declared, key -> new Memo<>(
                () -> tracked(asker + " › baseline " + key.location(), () -> {
                    LoadedBaseline handle = workbench.get().baseline(key.resolve(classLoader));
                    loaded.put(handle.baseline(), handle);
                    return handle.baseline();
                }),
                "baseline " + key.location() + " failed to load: "));
    }

    /** The candidate of {@code recipe} on {@code declared}'s baseline, computed on first use. */
    Memo<Candidate> candidate(DeclaredBaseline declared, Memo<Baseline> baseline, String asker, String recipeName,
            Recipe recipe) {
        Recipe seeded = configuration.seed().isPresent() ? recipe.withSeed(configuration.seed().getAsLong()) : recipe;
        return candidates.computeIfAbsent(new CandidateKey(declared, recipeName, seeded.canonicalForm()),
                key -> new Memo<>(
                        () -> tracked(asker + " › " + recipeName,
                                () -> loaded.get(baseline.get()).candidate(recipeName, seeded)),
                        "recipe " + recipeName + " failed: "));
    }

    /** Tells the console (and so Surefire's XML) how a check of {@code subject} came out. */
    void verdict(String subject, String sentence, boolean passed) {
        progress.verdict(subject, sentence, passed);
    }

    /** Tells the console something that fails nothing but the user should know. */
    void warning(String message) {
        progress.warning(message);
    }

    /** Tells the console (and so Surefire's XML) a measured fact about {@code subject}. */
    void note(String subject, String sentence) {
        progress.note(subject, sentence);
    }

    private <T> T tracked(String subject, Callable<T> work) throws Exception {
        progress.begin(subject);
        boolean succeeded = false;
        try {
            T result = work.call();
            succeeded = true;
            return result;
        } finally {
            progress.end(succeeded);
        }
    }

    @Override
    public void close() throws Exception {
        if (workbench.peek().isPresent()) {
            workbench.peek().get().close();
        }
    }
}
