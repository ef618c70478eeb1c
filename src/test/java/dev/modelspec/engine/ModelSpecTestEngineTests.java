package dev.modelspec.engine;

import static dev.modelspec.engine.SpecEvents.search;

import org.junit.platform.engine.reporting.ReportEntry;

import dev.modelspec.engine.fixtures.SearchSpec;

import static dev.modelspec.engine.SpecEvents.baseline;
import static dev.modelspec.engine.SpecEvents.check;
import static dev.modelspec.engine.SpecEvents.modelTest;
import static dev.modelspec.engine.SpecEvents.recipe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.testkit.engine.EventConditions.reportEntry;

import dev.modelspec.engine.fixtures.FailingRecipesSpec;
import dev.modelspec.engine.fixtures.FakeStep;
import dev.modelspec.engine.fixtures.MissingBaselineSpec;
import dev.modelspec.engine.fixtures.PruningSpec;
import dev.modelspec.engine.fixtures.WorkingDirectorySpec;
import dev.modelspec.engine.fixtures.shared.FirstSharedSpec;
import dev.modelspec.engine.fixtures.shared.SecondSharedSpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import dev.modelspec.workbench.BaselineRequest;

class ModelSpecTestEngineTests {

    private static final String PRUNING = "[engine:modelspec]/[spec:" + PruningSpec.class.getName() + "]";

    private final FakeWorkbench workbench = new FakeWorkbench();

    private TestDescriptor discover(DiscoverySelector... selectors) {
        return EngineTestKit.engine(new ModelSpecTestEngine(workbench)).selectors(selectors).discover()
                .getEngineDescriptor();
    }

    private static List<String> uniqueIds(TestDescriptor engine) {
        return depthFirst(engine).stream().map(d -> d.getUniqueId().toString()).toList();
    }

    private static List<TestDescriptor> depthFirst(TestDescriptor parent) {
        return parent.getChildren().stream()
                .flatMap(child -> Stream.concat(Stream.of(child), depthFirst(child).stream()))
                .toList();
    }

    private Events run(DiscoverySelector... selectors) {
        return execute(selectors).allEvents();
    }

    private EngineExecutionResults execute(DiscoverySelector... selectors) {
        return EngineTestKit.engine(new ModelSpecTestEngine(workbench)).selectors(selectors).execute();
    }

    @Nested
    class Discovers {

        @Test
        void aSpecClassAsBaselineThenOneContainerPerRecipeWithItsChecksAndTests() {
            TestDescriptor engine = discover(selectClass(PruningSpec.class));

            assertThat(uniqueIds(engine)).containsExactly(PRUNING,
                    PRUNING + "/[baseline:baseline]",
                    PRUNING + "/[recipe:magnitude80]",
                    PRUNING + "/[recipe:magnitude80]/[check:accuracy-drop]",
                    PRUNING + "/[recipe:magnitude80]/[check:sparsity]",
                    PRUNING + "/[recipe:magnitude80]/[test:seesTheData]",
                    PRUNING + "/[recipe:magnitude80]/[test:staysAccurate]",
                    PRUNING + "/[recipe:magnitude90]",
                    PRUNING + "/[recipe:magnitude90]/[check:accuracy-drop]",
                    PRUNING + "/[recipe:magnitude90]/[check:sparsity]",
                    PRUNING + "/[recipe:magnitude90]/[test:seesTheData]",
                    PRUNING + "/[recipe:magnitude90]/[test:staysAccurate]",
                    PRUNING + "/[recipe:random50]",
                    PRUNING + "/[recipe:random50]/[check:accuracy-drop]",
                    PRUNING + "/[recipe:random50]/[check:sparsity]",
                    PRUNING + "/[recipe:random50]/[test:seesTheData]",
                    PRUNING + "/[recipe:random50]/[test:staysAccurate]");
        }

        @Test
        void displayNamesWithLimitsButNoMeasurementsAndARecipeLevelOverride() {
            TestDescriptor engine = discover(selectClass(PruningSpec.class));

            assertThat(depthFirst(engine)).extracting(TestDescriptor::getDisplayName).startsWith(
                    "PruningSpec", "baseline models/fake-cnn", "magnitude80", "accuracy drop ≤ 0.020", "sparsity ≥ 0.790",
                    "seesTheData", "staysAccurate", "magnitude90", "accuracy drop ≤ 0.050", "sparsity ≥ 0.790");
        }

        @Test
        void sourcesThatIdesAndSurefireCanName() throws NoSuchMethodException {
            TestDescriptor engine = discover(selectClass(PruningSpec.class));
            TestDescriptor spec = engine.getChildren().iterator().next();

            assertThat(spec.getSource()).contains(ClassSource.from(PruningSpec.class));
            assertThat(find(engine, "/[baseline:baseline]").getSource())
                    .contains(MethodSource.from(PruningSpec.class.getName(), "baseline"));
            MethodSource factory = MethodSource.from(PruningSpec.class.getDeclaredMethod("magnitude80"));
            assertThat(find(engine, "/[recipe:magnitude80]").getSource()).contains(factory);
            assertThat(find(engine, "/[recipe:magnitude80]/[check:sparsity]").getSource())
                    .contains(MethodSource.from(PruningSpec.class.getName(), "magnitude80", "sparsity"));
            assertThat(find(engine, "/[recipe:magnitude80]/[test:staysAccurate]").getSource()).contains(MethodSource.from(
                    PruningSpec.class.getDeclaredMethod("staysAccurate", dev.modelspec.api.Candidate.class,
                            dev.modelspec.api.Baseline.class)));
        }

        @Test
        void legacyReportingNamesSurefireCanTellApart() {
            TestDescriptor engine = discover(selectClass(PruningSpec.class));

            assertThat(engine.getChildren().iterator().next().getLegacyReportingName())
                    .isEqualTo(PruningSpec.class.getName());
            assertThat(find(engine, "/[recipe:magnitude90]/[check:accuracy-drop]").getLegacyReportingName())
                    .isEqualTo("magnitude90 accuracy drop ≤ 0.050");
            assertThat(find(engine, "/[recipe:magnitude90]/[test:staysAccurate]").getLegacyReportingName())
                    .isEqualTo("staysAccurate[magnitude90]");
        }

        @Test
        void aRecipeMethodAsThatRecipeOnly() {
            TestDescriptor engine = discover(selectMethod(PruningSpec.class, "random50"));

            assertThat(uniqueIds(engine)).containsExactly(PRUNING,
                    PRUNING + "/[recipe:random50]",
                    PRUNING + "/[recipe:random50]/[check:accuracy-drop]",
                    PRUNING + "/[recipe:random50]/[check:sparsity]",
                    PRUNING + "/[recipe:random50]/[test:seesTheData]",
                    PRUNING + "/[recipe:random50]/[test:staysAccurate]");
        }

        @Test
        void aModelTestMethodAsThatTestInEveryRecipe() {
            TestDescriptor engine = discover(selectMethod(PruningSpec.class, "seesTheData",
                    "dev.modelspec.data.LabeledData"));

            assertThat(uniqueIds(engine)).containsExactly(PRUNING,
                    PRUNING + "/[recipe:magnitude80]", PRUNING + "/[recipe:magnitude80]/[test:seesTheData]",
                    PRUNING + "/[recipe:magnitude90]", PRUNING + "/[recipe:magnitude90]/[test:seesTheData]",
                    PRUNING + "/[recipe:random50]", PRUNING + "/[recipe:random50]/[test:seesTheData]");
        }

        @Test
        void aUniqueIdAsExactlyThatNode() {
            TestDescriptor engine = discover(selectUniqueId(PRUNING + "/[recipe:magnitude90]/[check:sparsity]"),
                    selectUniqueId(PRUNING + "/[baseline:baseline]"));

            assertThat(uniqueIds(engine)).containsExactly(PRUNING,
                    PRUNING + "/[baseline:baseline]",
                    PRUNING + "/[recipe:magnitude90]",
                    PRUNING + "/[recipe:magnitude90]/[check:sparsity]");
        }

        @Test
        void unknownUniqueIdsAsNothing() {
            TestDescriptor engine = discover(selectUniqueId(PRUNING + "/[recipe:magnitude99]"),
                    selectUniqueId("[engine:modelspec]/[spec:java.lang.String]"));

            assertThat(engine.getChildren()).isEmpty();
        }

        @Test
        void aPackageAsEverySpecInIt() {
            TestDescriptor engine = discover(selectPackage(FirstSharedSpec.class.getPackageName()));

            assertThat(engine.getChildren()).extracting(TestDescriptor::getDisplayName)
                    .containsExactlyInAnyOrder("FirstSharedSpec", "SecondSharedSpec");
        }

        @Test
        void aClasspathRootHonouringClassNameFilters() {
            Path root = Path.of(FirstSharedSpec.class.getProtectionDomain().getCodeSource().getLocation().getPath());

            TestDescriptor engine = EngineTestKit.engine(new ModelSpecTestEngine(workbench))
                    .selectors(selectClasspathRoots(Set.of(root)).get(0))
                    .filters(includeClassNamePatterns(".*Shared.*"))
                    .discover().getEngineDescriptor();

            assertThat(engine.getChildren()).extracting(TestDescriptor::getDisplayName)
                    .containsExactlyInAnyOrder("FirstSharedSpec", "SecondSharedSpec");
        }

        /**
         * The Console Launcher's default {@code --include-classname} matches no {@code *Spec}; as in
         * Jupiter it decides which selected classes run, not what a unique id or method names.
         */
        @Test
        void uniqueIdsAndMethodsWhateverTheClassNameFilterSays() {
            String check = PRUNING + "/[recipe:magnitude80]/[check:sparsity]";

            EngineExecutionResults results = EngineTestKit.engine(new ModelSpecTestEngine(workbench))
                    .selectors(selectUniqueId(check), selectMethod(FirstSharedSpec.class, "firstMagnitude80"),
                            selectClass(SecondSharedSpec.class))
                    .filters(includeClassNamePatterns(ClassNameFilter.STANDARD_INCLUDE_PATTERN))
                    .execute();

            results.testEvents().assertEventsMatchLoosely(check(PruningSpec.class, "magnitude80", "sparsity").passed(),
                    check(FirstSharedSpec.class, "firstMagnitude80", "agreement").passed());
            assertThat(results.testEvents().started().stream()).noneMatch(event ->
                    event.getTestDescriptor().getUniqueId().toString().contains(SecondSharedSpec.class.getName()));
        }

        @Test
        void specTagsOnEveryNodeOfTheSpec() {
            TestDescriptor engine = discover(selectClass(PruningSpec.class), selectClass(FirstSharedSpec.class));

            assertThat(find(engine, "/[recipe:magnitude80]/[check:sparsity]").getTags())
                    .containsExactly(TestTag.create("pruning"));
            assertThat(engine.getDescendants()).filteredOn(d -> d.getUniqueId().toString().contains("Shared"))
                    .allSatisfy(d -> assertThat(d.getTags()).isEmpty());
        }

        @Test
        void withoutTouchingTheWorkbench() {
            discover(selectPackage("dev.modelspec.engine.fixtures"));

            assertThat(workbench.creations).isZero();
            assertThat(workbench.baselineRequests).isEmpty();
        }

        private TestDescriptor find(TestDescriptor engine, String suffix) {
            return engine.findByUniqueId(UniqueId.parse(PRUNING + suffix)).orElseThrow();
        }
    }

    @Nested
    class Executes {

        @Test
        void searchesByBisectionOverCandidatesAndFailsASearchWithNoSettingWithinItsLimit() {
            EngineExecutionResults results = execute(selectClass(SearchSpec.class));

            results.allEvents().assertEventsMatchLoosely(search(SearchSpec.class, "sparsity").passed(),
                    search(SearchSpec.class, "tooStrict").failedWith("Expecting search \"tooStrict\" to find a sparsity "
                            + "within 0.001 accuracy of the baseline, but even the mildest, 0.8000, dropped 0.0500 "
                            + "(0.8501 → 0.8001)"));
            List<Map<String, String>> entries = results.allEvents().reportingEntryPublished()
                    .map(event -> event.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs())
                    .filter(values -> values.containsKey("best"))
                    .toList();
            assertThat(entries).singleElement().satisfies(values -> {
                assertThat(values).containsEntry("best", "0.7188").containsEntry("points", "8");
                assertThat(values.get("search")).isEqualTo(
                        "search.sparsity(between=0.5..0.9,resolution=0.01,maxAccuracyDrop=0.01)");
            });
            assertThat(workbench.candidateRecipes).contains("sparsity probe 1", "sparsity probe 8", "tooStrict probe 2")
                    .hasSize(10);
        }

        @Test
        void checksAndTestsOfEveryRecipeAfterTheBaseline() {
            EngineExecutionResults results = execute(selectClass(PruningSpec.class));
            Events events = results.allEvents();

            results.testEvents().assertStatistics(stats -> stats.started(13).succeeded(11).failed(2).skipped(0));
            events.assertEventsMatchLooselyInOrder(baseline(PruningSpec.class).passed(),
                    check(PruningSpec.class, "magnitude80", "accuracy-drop").passed());
            events.assertEventsMatchLoosely(
                    check(PruningSpec.class, "magnitude90", "accuracy-drop").passed(),
                    check(PruningSpec.class, "random50", "sparsity").failedWith(
                            "Expecting candidate \"random50\" to have a sparsity of at least 0.790, but it had 0.5000"),
                    modelTest(PruningSpec.class, "magnitude90", "staysAccurate").failedWith(
                            "Expecting candidate \"magnitude90\" to stay within 0.020 accuracy of the baseline, "
                                    + "but it dropped 0.0322 (0.8501 → 0.8179, 95% CI 0.0287…0.0357)"),
                    modelTest(PruningSpec.class, "random50", "seesTheData").passed());
        }

        @Test
        void measuredFactsAsReportEntries() {
            Events entries = run(selectUniqueId(PRUNING + "/[baseline:baseline]"),
                    selectMethod(PruningSpec.class, "magnitude90")).reportingEntryPublished();

            entries.assertEventsMatchLoosely(
                    reportEntry(Map.of("baseline", "models/fake-cnn", "accuracy", "0.8501", "examples", "10",
                            "savedModel", Path.of("target/test-classes/models/fake-cnn").toAbsolutePath().toString())),
                    reportEntry(Map.of("check", "accuracy drop ≤ 0.050: measured 0.0322 (0.8501 → 0.8179)",
                            "measured", "0.0322", "limit", "0.050")),
                    reportEntry(Map.of("allure.parameter", "measured", "value", "0.0322")),
                    reportEntry(Map.of("recipe", FakeStep.yielding(0.8179, 0.90, 0.95).canonicalForm(), "accuracy", "0.8179",
                            "sparsity", "0.9000", "agreement", "0.9500",
                            "savedModel", Path.of("target", "magnitude90").toString())));
        }

        @Test
        void aBaselineDirectoryRelativeToTheWorkingDirectoryBeforeTheClasspath() {
            run(selectClass(WorkingDirectorySpec.class));

            assertThat(workbench.baselineRequests).extracting(BaselineRequest::savedModel)
                    .containsExactly(Path.of("src/test/resources/models/fake-cnn").toAbsolutePath());
        }

        @Test
        void recipesSkippedWithTheReasonWhenTheirBaselineFailsWhileOtherSpecsRun() {
            Events events = run(selectClass(MissingBaselineSpec.class), selectMethod(PruningSpec.class, "magnitude80"));

            String reason = "baseline models/does-not-exist failed to load: no directory models/does-not-exist under "
                    + "the working directory " + Path.of("").toAbsolutePath()
                    + " and no classpath resource models/does-not-exist; point baseline at a SavedModel directory";
            events.assertEventsMatchLoosely(
                    baseline(MissingBaselineSpec.class).failedWith(reason),
                    recipe(MissingBaselineSpec.class, "magnitude80").skippedBecause("not run: the baseline failed (see "
                            + "[baseline:baseline] of MissingBaselineSpec: " + reason.substring(0, 100) + "…)"),
                    check(PruningSpec.class, "magnitude80", "accuracy-drop").passed());
        }

        @Test
        void aBaselineThatIsNoSavedModelWithTheRegisteredWorkbench() {
            Events events = EngineTestKit.engine(new ModelSpecTestEngine())
                    .selectors(selectMethod(PruningSpec.class, "magnitude80")).execute().allEvents();

            String reason = "baseline models/fake-cnn failed to load: No SavedModel at "
                    + java.nio.file.Path.of("target/test-classes/models/fake-cnn").toAbsolutePath()
                    + ": saved_model.pb is missing. Point the baseline at a directory written by tf.saved_model.save "
                    + "or Keras model.save/export.";
            events.assertEventsMatchLoosely(recipe(PruningSpec.class, "magnitude80").skippedBecause("not run: " + reason));
        }

        @Test
        void aFailingRecipeAsAFailedContainerWithItsChildrenSkipped() {
            Events events = run(selectClass(FailingRecipesSpec.class));

            Class<?> spec = FailingRecipesSpec.class;
            String exploded = "recipe exploding failed: out of memory while pruning";
            String misconfigured = "recipe misconfigured failed: sparsity must be in [0, 1], was 1.5";
            events.assertEventsMatchLoosely(
                    recipe(spec, "exploding").failedWith(exploded),
                    check(spec, "exploding", "sparsity").skippedBecause(exploded),
                    modelTest(spec, "exploding", "exists").skippedBecause(exploded),
                    recipe(spec, "misconfigured").failedWith(misconfigured),
                    check(spec, "misconfigured", "sparsity").skippedBecause(misconfigured),
                    recipe(spec, "working").passed(),
                    check(spec, "working", "sparsity").passed(),
                    modelTest(spec, "working", "exists").passed());
        }

        @Test
        void tagFiltersSelectingWholeSpecs() {
            Events tests = EngineTestKit.engine(new ModelSpecTestEngine(workbench))
                    .selectors(selectClass(PruningSpec.class), selectClass(FirstSharedSpec.class))
                    .filters(TagFilter.includeTags("pruning"))
                    .execute().testEvents();

            assertThat(tests.started().stream()).allSatisfy(event ->
                    assertThat(event.getTestDescriptor().getUniqueId().toString()).startsWith(PRUNING));
            assertThat(tests.started().count()).isEqualTo(13);
        }

        @Test
        void withTheConfiguredSeedAndLimitAndAVerboseProgressLog() {
            ByteArrayOutputStream console = new ByteArrayOutputStream();
            AtomicLong clock = new AtomicLong();

            EngineTestKit.engine(new ModelSpecTestEngine(workbench, mode -> new ProgressReporter(
                            new PrintStream(console, true, StandardCharsets.UTF_8), () -> clock.addAndGet(750_000_000L),
                            mode)))
                    .selectors(selectMethod(PruningSpec.class, "magnitude80"))
                    .configurationParameter(ModelSpecConstants.SEED, "7")
                    .configurationParameter(ModelSpecConstants.EVAL_LIMIT, "4")
                    .configurationParameter(ModelSpecConstants.PROGRESS, "verbose")
                    .execute();

            assertThat(workbench.recipes).extracting(r -> r.seed()).containsExactly(7L);
            assertThat(workbench.baselineRequests).extracting(r -> r.limit().getAsInt()).containsExactly(4);
            assertThat(console.toString(StandardCharsets.UTF_8)).isEqualTo(String.join(System.lineSeparator(),
                    "[modelspec] PruningSpec › baseline models/fake-cnn",
                    "[modelspec] PruningSpec › baseline models/fake-cnn › evaluate (at 1.5 s)",
                    "[modelspec] PruningSpec › baseline models/fake-cnn done in 3.0 s",
                    "[modelspec] PruningSpec › magnitude80",
                    "[modelspec] PruningSpec › magnitude80 done in 1.5 s",
                    "[modelspec] ✓ magnitude80 accuracy drop ≤ 0.020: measured 0.0101 (0.8501 → 0.8400)",
                    "[modelspec] ✓ magnitude80 sparsity ≥ 0.790: measured 0.8000", ""));
        }

        @Test
        void withStartsEndsAndVerdictsOnlyByDefaultAndNothingWhenQuiet() {
            ByteArrayOutputStream auto = new ByteArrayOutputStream();
            ByteArrayOutputStream quiet = new ByteArrayOutputStream();

            EngineTestKit.engine(new ModelSpecTestEngine(workbench, mode -> new ProgressReporter(
                            new PrintStream(auto, true, StandardCharsets.UTF_8), () -> 0, mode)))
                    .selectors(selectMethod(PruningSpec.class, "magnitude80")).execute();
            EngineTestKit.engine(new ModelSpecTestEngine(new FakeWorkbench(), mode -> new ProgressReporter(
                            new PrintStream(quiet, true, StandardCharsets.UTF_8), () -> 0, mode)))
                    .selectors(selectMethod(PruningSpec.class, "magnitude80"))
                    .configurationParameter(ModelSpecConstants.PROGRESS, "quiet").execute();

            assertThat(auto.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                    "[modelspec] PruningSpec › baseline models/fake-cnn",
                    "[modelspec] PruningSpec › baseline models/fake-cnn done in 0.0 s",
                    "[modelspec] PruningSpec › magnitude80",
                    "[modelspec] PruningSpec › magnitude80 done in 0.0 s",
                    "[modelspec] ✓ magnitude80 accuracy drop ≤ 0.020: measured 0.0101 (0.8501 → 0.8400)",
                    "[modelspec] ✓ magnitude80 sparsity ≥ 0.790: measured 0.8000");
            assertThat(quiet.size()).isZero();
        }
    }

    @Nested
    class Caches {

        @Test
        void oneBaselineAndOneCandidatePerRecipeHoweverManyNodesAsk() {
            run(selectClass(PruningSpec.class));

            assertThat(workbench.baselineRequests).hasSize(1);
            assertThat(workbench.candidateRecipes).containsExactly("magnitude80", "magnitude90", "random50");
        }

        @Test
        void oneBaselineForTwoSpecsAskingTheSameAndOneCandidatePerRecipeName() {
            Events events = run(selectClass(FirstSharedSpec.class), selectClass(SecondSharedSpec.class));

            assertThat(workbench.baselineRequests).hasSize(1);
            assertThat(workbench.candidateRecipes).containsExactlyInAnyOrder("firstMagnitude80", "secondMagnitude80");
            events.assertEventsMatchLoosely(check(SecondSharedSpec.class, "secondMagnitude80", "agreement").passed(),
                    check(SecondSharedSpec.class, "secondMagnitude80", "relative-accuracy-drop").passed());
        }

        @Test
        void oneWorkbenchPerRunClosedAtItsEnd() {
            run(selectClass(FirstSharedSpec.class), selectClass(PruningSpec.class));

            assertThat(workbench.creations).isEqualTo(1);
            assertThat(workbench.closings).isEqualTo(1);
        }
    }
}
