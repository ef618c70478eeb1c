package dev.modelspec.engine;

import dev.modelspec.api.StubBaseline;
import dev.modelspec.api.StubCandidate;

import dev.modelspec.api.Baseline;
import dev.modelspec.api.Candidate;
import dev.modelspec.data.LabeledData;
import dev.modelspec.engine.fixtures.FakeStep;
import dev.modelspec.recipe.Recipe;
import dev.modelspec.workbench.BaselineRequest;
import dev.modelspec.workbench.Progress;
import dev.modelspec.workbench.Workbench;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A workbench that measures what {@link FakeStep}s tell it to, counting every call. Baselines
 * always measure {@value #BASELINE_ACCURACY}.
 */
final class FakeWorkbench implements Workbench, WorkbenchFactory {

    static final double BASELINE_ACCURACY = 0.8501;

    final List<BaselineRequest> baselineRequests = new ArrayList<>();
    final List<String> candidateRecipes = new ArrayList<>();
    final List<Recipe> recipes = new ArrayList<>();
    int creations;
    EngineConfiguration configuration;
    private Progress progress;
    int closings;

    @Override
    public Workbench create(EngineConfiguration configuration, Progress progress) {
        creations++;
        this.configuration = configuration;
        this.progress = progress;
        return this;
    }

    @Override
    public LoadedBaseline baseline(BaselineRequest request) throws Exception {
        baselineRequests.add(request);
        progress.phase("evaluate");
        LabeledData data = request.data().getConstructor().newInstance().load();
        Baseline baseline = new StubBaseline(request.name(), request.savedModel(), BASELINE_ACCURACY,
                request.limit().orElse(data.size()), data);
        return new LoadedBaseline() {
            @Override
            public Baseline baseline() {
                return baseline;
            }

            @Override
            public Candidate candidate(String recipeName, Recipe recipe) {
                return FakeWorkbench.this.candidate(recipeName, recipe);
            }
        };
    }

    private Candidate candidate(String recipeName, Recipe recipe) {
        candidateRecipes.add(recipeName);
        recipes.add(recipe);
        FakeStep step = (FakeStep) recipe.steps().get(0);
        if (step.failure() != null) {
            throw new IllegalStateException(step.failure());
        }
        return new StubCandidate(recipeName, recipe, Path.of("target", recipeName), step.accuracy(), BASELINE_ACCURACY,
                step.sparsity(), step.agreement(), Map.of("dense/kernel", step.sparsity()));
    }

    @Override
    public void close() {
        closings++;
    }
}
