package dev.modelspec.engine;

import static dev.modelspec.engine.SpecEvents.baseline;
import static dev.modelspec.engine.SpecEvents.recipe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.modelspec.engine.fixtures.MseOnClassifierSpec;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Limits that do not suit the baseline's task fail the baseline before any recipe compresses. */
class TaskFitTests {

    private final FakeWorkbench workbench = new FakeWorkbench();

    @Test
    void aRegressionLimitOnAClassifierFailsTheBaselineAndSkipsEveryRecipe() {
        EngineExecutionResults results = EngineTestKit.engine(new ModelSpecTestEngine(workbench))
                .selectors(selectClass(MseOnClassifierSpec.class)).execute();

        String reason = "The @Tolerance of " + MseOnClassifierSpec.class.getName() + " does not suit its baseline "
                + "models/fake-cnn: maxAucDrop = 0.01: AUC drop ≤ 0.010 does not apply to a multi-class model: the ROC "
                + "AUC needs a binary model (labels 0/1); limit the accuracy instead (maxAccuracyDrop); "
                + "maxMseIncrease = 0.1: MSE increase ≤ 0.1000 does not apply to a multi-class model: it applies to "
                + "regressions only; limit the accuracy instead (maxAccuracyDrop, maxAucDrop). If the task was "
                + "detected wrongly, declare it: @ModelSpec(task = ...)";
        results.allEvents().assertThatEvents()
                .haveExactly(1, baseline(MseOnClassifierSpec.class).failedWith(reason))
                .haveExactly(1, recipe(MseOnClassifierSpec.class, "magnitude80").skippedBecause("not run: the baseline "
                        + "failed (see [baseline:baseline] of MseOnClassifierSpec: " + reason.substring(0, 100) + "…)"));
        assertThat(workbench.candidateRecipes).isEmpty();
    }
}
