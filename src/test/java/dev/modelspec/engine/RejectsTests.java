package dev.modelspec.engine;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import static dev.modelspec.engine.SpecEvents.invalid;

import static dev.modelspec.engine.SpecEvents.check;
import static dev.modelspec.engine.SpecEvents.modelTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.modelspec.engine.fixtures.BrokenRecipesSpec;
import dev.modelspec.engine.fixtures.EmptyBaselineSpec;
import dev.modelspec.engine.fixtures.NoConstructorDataSpec;
import dev.modelspec.engine.fixtures.PruningSpec;
import dev.modelspec.engine.fixtures.SparsityOutOfRangeSpec;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Broken specs are discovery warnings naming class, member, value and fix; the rest of the run goes on. */
class RejectsTests {

    private final FakeWorkbench workbench = new FakeWorkbench();

    private EngineDiscoveryResults discover(Class<?>... specs) {
        return EngineTestKit.engine(new ModelSpecTestEngine(workbench))
                .selectors(java.util.Arrays.stream(specs).map(c -> selectClass(c)).toList())
                .discover();
    }

    private static DiscoveryIssue warning(String message, org.junit.platform.engine.TestSource source) {
        return DiscoveryIssue.builder(Severity.WARNING, message).source(source).build();
    }

    private static MethodSource method(Class<?> spec, String name, Class<?>... parameters) throws NoSuchMethodException {
        return MethodSource.from(spec, spec.getDeclaredMethod(name, parameters));
    }

    @Nested
    class WholeSpecs {

        @Test
        void withoutABaseline() {
            assertThat(discover(EmptyBaselineSpec.class).getDiscoveryIssues()).containsExactly(warning(
                    "@ModelSpec(baseline = \" \") on " + EmptyBaselineSpec.class.getName() + " names no SavedModel: set "
                            + "baseline to a SavedModel directory relative to the working directory or on the classpath, "
                            + "e.g. baseline = \"models/my-model\"", ClassSource.from(EmptyBaselineSpec.class)));
        }

        @Test
        void withADataProviderThatCannotBeCreated() {
            assertThat(discover(NoConstructorDataSpec.class).getDiscoveryIssues()).containsExactly(warning(
                    "@ModelSpec(data = FileData.class) on " + NoConstructorDataSpec.class.getName() + " cannot be "
                            + "created: " + NoConstructorDataSpec.FileData.class.getName() + " needs to be public with a "
                            + "public no-argument constructor; add one", ClassSource.from(NoConstructorDataSpec.class)));
        }

        @Test
        void withToleranceOutOfRangeOnTheClass() {
            EngineDiscoveryResults results = discover(SparsityOutOfRangeSpec.class, PruningSpec.class);

            assertThat(results.getDiscoveryIssues()).contains(warning(
                    "@Tolerance(minSparsity = 1.5) on class " + SparsityOutOfRangeSpec.class.getName() + " is out of "
                            + "range: minSparsity must be a fraction in [0, 1], e.g. 0.05 for 5%",
                    ClassSource.from(SparsityOutOfRangeSpec.class)));
            assertThat(results.getEngineDescriptor().getChildren()).extracting(TestDescriptor::getDisplayName)
                    .containsExactlyInAnyOrder("SparsityOutOfRangeSpec", "PruningSpec");
            TestDescriptor broken = results.getEngineDescriptor().getChildren().stream()
                    .filter(child -> child.getDisplayName().equals("SparsityOutOfRangeSpec")).findFirst().orElseThrow();
            assertThat(broken.getChildren()).extracting(child -> child.getUniqueId().getLastSegment().getValue())
                    .containsExactlyInAnyOrder("class", "magnitude80");
        }
    }

    @Nested
    class Members {

        @Test
        void recipeMethodsThatAreNotStaticTakeParametersOrReturnSomethingElse() throws NoSuchMethodException {
            String spec = BrokenRecipesSpec.class.getName();
            List<DiscoveryIssue> issues = discover(BrokenRecipesSpec.class).getDiscoveryIssues();

            assertThat(issues).containsExactlyInAnyOrder(
                    warning("@CompressionRecipe method " + spec + ".notStatic() must be static; declare it as "
                            + "'static Recipe notStatic()'", method(BrokenRecipesSpec.class, "notStatic")),
                    warning("@CompressionRecipe method " + spec + ".withParameter(double) must not declare parameters; "
                            + "declare it as 'static Recipe withParameter()'",
                            method(BrokenRecipesSpec.class, "withParameter", double.class)),
                    warning("@CompressionRecipe method " + spec + ".wrongReturnType() must return "
                            + "dev.modelspec.recipe.Recipe, not java.lang.String; declare it as "
                            + "'static Recipe wrongReturnType()'", method(BrokenRecipesSpec.class, "wrongReturnType")),
                    warning("@ModelTest method " + spec + ".unsupported(String) declares parameter 0 of unsupported "
                            + "type java.lang.String; supported types are Candidate, Baseline, LabeledData",
                            method(BrokenRecipesSpec.class, "unsupported", String.class)));
        }

        @Test
        void aToleranceOutOfRangeOnARecipe() throws NoSuchMethodException {
            assertThat(discover(SparsityOutOfRangeSpec.class).getDiscoveryIssues()).contains(warning(
                    "@Tolerance(maxAccuracyDrop = -0.1) on method " + SparsityOutOfRangeSpec.class.getName()
                            + ".magnitude80() is out of range: maxAccuracyDrop must be a fraction in [0, 1], "
                            + "e.g. 0.05 for 5%", method(SparsityOutOfRangeSpec.class, "magnitude80")));
        }

        @Test
        void asOneFailingTestThatRunsAloneWithoutLoadingTheBaseline() {
            var events = EngineTestKit.engine(new ModelSpecTestEngine(workbench))
                    .selectors(selectUniqueId("[engine:modelspec]/[spec:" + BrokenRecipesSpec.class.getName()
                            + "]/[invalid:notStatic]"))
                    .execute().testEvents();

            assertThat(events.failed().count()).isEqualTo(1);
            assertThat(events.started().count()).isEqualTo(1);
            assertThat(workbench.baselineRequests).isEmpty();
        }

        @Test
        void whileTheValidMembersAndOtherSpecsStillRun() {
            var events = EngineTestKit.engine(new ModelSpecTestEngine(workbench))
                    .selectors(selectClass(BrokenRecipesSpec.class), selectClass(EmptyBaselineSpec.class),
                            selectClass(PruningSpec.class))
                    .execute().allEvents();

            events.assertEventsMatchLoosely(
                    check(BrokenRecipesSpec.class, "valid", "sparsity").passed(),
                    modelTest(BrokenRecipesSpec.class, "valid", "supported").passed(),
                    check(PruningSpec.class, "magnitude80", "sparsity").passed(),
                    invalid(BrokenRecipesSpec.class, "notStatic").failedWith("@CompressionRecipe method "
                            + BrokenRecipesSpec.class.getName() + ".notStatic() must be static; declare it as "
                            + "'static Recipe notStatic()'"),
                    invalid(EmptyBaselineSpec.class, "class").failedWith("@ModelSpec(baseline = \" \") on "
                            + EmptyBaselineSpec.class.getName() + " names no SavedModel: set baseline to a SavedModel "
                            + "directory relative to the working directory or on the classpath, e.g. baseline = "
                            + "\"models/my-model\""));
            assertThat(events.started().stream()).noneMatch(e -> e.getTestDescriptor().getUniqueId().toString()
                    .contains("EmptyBaselineSpec]/[baseline"));
        }
    }

    @Test
    void unreadableConfigurationFallingBackToDefaults() {
        EngineDiscoveryResults results = EngineTestKit.engine(new ModelSpecTestEngine(workbench))
                .selectors(selectClass(PruningSpec.class))
                .configurationParameter(ModelSpecConstants.BATCH_SIZE, "zero")
                .configurationParameter(ModelSpecConstants.PROGRESS, "loud")
                .discover();

        assertThat(results.getDiscoveryIssues()).containsExactly(DiscoveryIssue.create(Severity.WARNING,
                "Configuration parameter modelspec.batch.size=zero is not a positive whole number; using the default"),
                DiscoveryIssue.create(Severity.WARNING,
                        "Configuration parameter modelspec.progress=loud is not auto, quiet or verbose; using the default"));
    }
}
