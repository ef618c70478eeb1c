package dev.modelspec.engine;

import static dev.modelspec.engine.SpecEvents.check;
import static dev.modelspec.engine.SpecEvents.invalid;
import static dev.modelspec.engine.SpecEvents.recipe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.modelspec.engine.fixtures.declarations.HidingRecipeSpec;
import dev.modelspec.engine.fixtures.declarations.NanClassToleranceSpec;
import dev.modelspec.engine.fixtures.declarations.NanToleranceSpec;
import dev.modelspec.engine.fixtures.declarations.OutOfRangeTolerancesSpec;
import dev.modelspec.engine.fixtures.declarations.RecipeBase;
import dev.modelspec.engine.fixtures.declarations.RedeclaringRecipeSpec;
import dev.modelspec.engine.fixtures.declarations.UncheckedRecipeSpec;
import dev.modelspec.engine.fixtures.FakeStep;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Declarations that used to be wrong without a word: each is a discovery warning and a failing
 * {@code [invalid:member]} node, and the good recipe of the same spec still passes.
 */
class DeclarationsTests {

    private final FakeWorkbench workbench = new FakeWorkbench();

    private EngineExecutionResults run(Class<?> spec) {
        return EngineTestKit.engine(new ModelSpecTestEngine(workbench)).selectors(selectClass(spec)).execute();
    }

    @Nested
    class Limits {

        @Test
        void anExplicitNanLimitOnARecipeIsInvalidAndTheGoodRecipeStillPasses() {
            EngineExecutionResults results = run(NanToleranceSpec.class);

            String message = "@Tolerance(minSparsity = NaN) on method " + NanToleranceSpec.class.getName()
                    + ".nanSparsity() is not a number: minSparsity must be a fraction in [0, 1], e.g. 0.05 for 5%; "
                    + "leave it out to set no limit";
            results.allEvents().assertThatEvents()
                    .haveExactly(1, invalid(NanToleranceSpec.class, "nanSparsity").failedWith(message))
                    .haveExactly(1, check(NanToleranceSpec.class, "good", "accuracy-drop").passed())
                    .haveExactly(0, recipe(NanToleranceSpec.class, "nanSparsity").passed());
            assertThat(results.testEvents().failed().count()).isEqualTo(1);
            assertThat(workbench.candidateRecipes).containsExactly("good");
        }

        @Test
        void anExplicitNanLimitOnTheClassMakesTheWholeSpecInvalid() {
            EngineExecutionResults results = run(NanClassToleranceSpec.class);

            results.allEvents().assertThatEvents().haveExactly(1, invalid(NanClassToleranceSpec.class, "class")
                    .failedWith("@Tolerance(maxAccuracyDrop = NaN) on class " + NanClassToleranceSpec.class.getName()
                            + " is not a number: maxAccuracyDrop must be a fraction in [0, 1], e.g. 0.05 for 5%; leave "
                            + "it out to set no limit"));
            assertThat(workbench.baselineRequests).isEmpty();
        }

        @ParameterizedTest(name = "{0}: {1} = {2}")
        @CsvSource(delimiter = '|', value = {
            "infiniteKl             | maxKlDivergence         | Infinity  | a finite number ≥ 0, e.g. 0.05",
            "negativeKl             | maxKlDivergence         | -0.1      | a finite number ≥ 0, e.g. 0.05",
            "zeroLatencyRatio       | maxLatencyRatio         | 0.0       | a finite ratio > 0, e.g. 0.5 for half the baseline's or 1.2 for 20% more",
            "infiniteSizeRatio      | maxWeightsGzipRatio     | Infinity  | a finite ratio > 0, e.g. 0.5 for half the baseline's or 1.2 for 20% more",
            "negativeDrop           | maxAccuracyDrop         | -0.01     | a fraction in [0, 1], e.g. 0.05 for 5%",
            "relativeDropAboveOne   | maxRelativeAccuracyDrop | 1.5       | a fraction in [0, 1], e.g. 0.05 for 5%",
            "significanceOne        | notSignificantlyWorseAt | 1.0       | a significance level in (0, 1), e.g. 0.05",
            "agreementMinusInfinity | minAgreement            | -Infinity | a fraction in [0, 1], e.g. 0.05 for 5%",
        })
        void everyOutOfRangeLimitIsInvalidOnItsRecipeAndTheGoodRecipeStillPasses(String recipe, String attribute,
                String value, String rule) {
            EngineExecutionResults results = run(OutOfRangeTolerancesSpec.class);

            results.allEvents().assertThatEvents()
                    .haveExactly(1, invalid(OutOfRangeTolerancesSpec.class, recipe).failedWith(
                            "@Tolerance(%s = %s) on method %s.%s() is out of range: %s must be %s".formatted(attribute,
                                    value, OutOfRangeTolerancesSpec.class.getName(), recipe, attribute, rule)))
                    .haveExactly(1, check(OutOfRangeTolerancesSpec.class, "good", "accuracy-drop").passed());
            assertThat(workbench.candidateRecipes).containsExactly("good");
        }

        @Test
        void aRecipeThatNothingChecksIsInvalidInsteadOfVanishing() {
            EngineExecutionResults results = run(UncheckedRecipeSpec.class);

            results.allEvents().assertThatEvents()
                    .haveExactly(1, invalid(UncheckedRecipeSpec.class, "unchecked").failedWith("@CompressionRecipe "
                            + "method " + UncheckedRecipeSpec.class.getName() + ".unchecked() has no @Tolerance limit "
                            + "(nor has its class) and the spec no @ModelTest, so nothing would check its candidate; "
                            + "add a limit, e.g. @Tolerance(maxAccuracyDrop = 0.01), or a @ModelTest method"))
                    .haveExactly(1, check(UncheckedRecipeSpec.class, "good", "accuracy-drop").passed());
        }
    }

    @Nested
    class RedeclaredRecipes {

        @Test
        void aHidingStaticRecipeRunsTheSubclasssMethodAndSaysSo() {
            EngineExecutionResults results = run(HidingRecipeSpec.class);

            results.allEvents().assertThatEvents()
                    .haveExactly(1, check(HidingRecipeSpec.class, "pruned", "accuracy-drop").passed());
            assertThat(workbench.recipes).extracting(recipe -> ((FakeStep) recipe.steps().get(0)).accuracy())
                    .containsExactly(0.8450);
            assertThat(infos(HidingRecipeSpec.class)).singleElement().asString().contains(
                    RecipeBase.class.getName() + ".pruned() is redeclared by " + HidingRecipeSpec.class.getName()
                            + ".pruned(), which hides it: the spec runs " + HidingRecipeSpec.class.getName() + ".pruned()");
        }

        @Test
        void aPlainMethodThatHidesAnAnnotatedOneRunsWithTheAnnotationsOfTheBase() {
            EngineExecutionResults results = run(RedeclaringRecipeSpec.class);

            results.allEvents().assertThatEvents()
                    .haveExactly(1, check(RedeclaringRecipeSpec.class, "pruned", "accuracy-drop").passed());
            assertThat(workbench.recipes).extracting(recipe -> ((FakeStep) recipe.steps().get(0)).accuracy())
                    .containsExactly(0.8450);
            assertThat(infos(RedeclaringRecipeSpec.class)).singleElement().asString()
                    .contains("the spec runs " + RedeclaringRecipeSpec.class.getName() + ".pruned() with the "
                            + "annotations of " + RecipeBase.class.getName() + ".pruned()");
        }

        private Object[] infos(Class<?> spec) {
            return EngineTestKit.engine(new ModelSpecTestEngine(new FakeWorkbench())).selectors(selectClass(spec))
                    .discover().getDiscoveryIssues().stream()
                    .filter(issue -> issue.severity() == Severity.INFO)
                    .map(DiscoveryIssue::message)
                    .toArray();
        }
    }

}
