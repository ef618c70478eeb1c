package dev.modelspec.engine;

import dev.modelspec.engine.fixtures.SearchSpec;

import static dev.modelspec.report.ReportJson.candidate;
import static dev.modelspec.report.ReportJson.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelspec.api.StubCandidate;
import dev.modelspec.engine.fixtures.FailingRecipesSpec;
import dev.modelspec.engine.fixtures.MissingBaselineSpec;
import dev.modelspec.engine.fixtures.NamedClassesSpec;
import dev.modelspec.engine.fixtures.PruningSpec;
import dev.modelspec.metrics.comparison.AccuracyDelta;
import dev.modelspec.report.LatencyMode;
import dev.modelspec.report.ReportJson;
import dev.modelspec.report.RunReport;
import dev.modelspec.report.json.JsonReport;
import dev.modelspec.report.text.MarkdownSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** report.json and summary.md of runs on the {@link FakeWorkbench}, against what its candidates measure. */
class ReportsTests {

    /** What PruningSpec's recipes measure (see the fixture): accuracy, sparsity, agreement. */
    private static final Map<String, double[]> PRUNING = Map.of(
            "magnitude80", new double[] {0.8400, 0.80, 0.98},
            "magnitude90", new double[] {0.8179, 0.90, 0.95},
            "random50", new double[] {0.8500, 0.50, 0.99});

    @TempDir
    Path reportDir;

    private Events run(Map<String, String> configuration, DiscoverySelector... selectors) {
        return EngineTestKit.engine(new ModelSpecTestEngine(new FakeWorkbench()))
                .configurationParameter(ModelSpecConstants.REPORT_DIR, reportDir.toString())
                .configurationParameters(configuration)
                .selectors(selectors)
                .execute()
                .allEvents();
    }

    private JsonNode report() {
        return ReportJson.read(reportDir.resolve(JsonReport.FILE_NAME));
    }

    @Test
    void reportJsonHoldsEverySearchPointSortedBySettingAndTheBest() {
        run(Map.of(), selectClass(SearchSpec.class));

        JsonNode searches = spec(report(), SearchSpec.class).get("searches");
        assertThat(searches).hasSize(2);
        JsonNode found = searches.get(0);
        assertThat(found.get("name").asText()).isEqualTo("sparsity");
        assertThat(found.get("setting").asText()).isEqualTo("sparsity");
        assertThat(found.get("maxAccuracyDrop").asDouble()).isEqualTo(0.01);
        assertThat(found.at("/best/setting").asDouble()).isEqualTo(0.71875);
        assertThat(found.at("/best/withinLimit").asBoolean()).isTrue();
        double[] settings = StreamSupport.stream(found.get("points").spliterator(), false)
                .mapToDouble(point -> point.get("setting").asDouble()).toArray();
        assertThat(settings).containsExactly(new double[] {0.5, 0.7, 0.7125, 0.71875, 0.725, 0.75, 0.8, 0.9}, within(1e-12));
        assertThat(found.at("/points/7/accuracyDrop").asDouble()).isCloseTo(0.1, within(1e-9));
        JsonNode failed = searches.get(1);
        assertThat(failed.get("name").asText()).isEqualTo("tooStrict");
        assertThat(failed.get("best").isNull()).isTrue();
        assertThat(failed.get("points")).hasSize(2);
    }

    @Test
    void classNamesOfTheDataNameEveryPerClassNumberInReportJsonSummaryAndTheFailedCheck() throws IOException {
        Events events = run(Map.of(), selectClass(NamedClassesSpec.class), selectClass(PruningSpec.class));

        JsonNode named = spec(report(), NamedClassesSpec.class);
        assertThat(named.at("/baseline/classes")).extracting(JsonNode::asText).containsExactly("cat", "dog");
        JsonNode metrics = candidate(named, "harsh").get("metrics");
        assertThat(metrics.at("/worstClassDrop/class").asInt()).isZero();
        assertThat(metrics.at("/worstClassDrop/name").asText()).isEqualTo("cat");
        assertThat(metrics.at("/perClassAccuracy/0/name").asText()).isEqualTo("cat");
        JsonNode unnamed = spec(report(), PruningSpec.class);
        assertThat(unnamed.at("/baseline/classes").isNull()).isTrue();
        assertThat(candidate(unnamed, "magnitude80").at("/metrics/worstClassDrop/name").isNull()).isTrue();
        assertThat(Files.readString(reportDir.resolve(MarkdownSummary.FILE_NAME)))
                .contains("- harsh: class accuracy drop ≤ 0.020, measured 0.0322 on class 0 (cat)");
        assertThat(events.failed().stream().map(event -> event.getRequiredPayload(TestExecutionResult.class)
                .getThrowable().map(Throwable::getMessage).orElse("")))
                .contains("Expecting candidate \"harsh\" to lose at most 0.020 accuracy on every class, but class 0 (cat) "
                        + "dropped 0.0322 (0.8501 → 0.8179 on 10000 examples)");
        assertThat(events.reportingEntryPublished().stream()
                .map(event -> event.getRequiredPayload(org.junit.platform.engine.reporting.ReportEntry.class)
                        .getKeyValuePairs().get("check")))
                .contains("class accuracy drop ≤ 0.020: measured 0.0322 on class 0 (cat) (0.8501 → 0.8179)");
    }

    @Test
    void reportJsonMatchesTheSchemaAndTheCandidatesMeasurements() {
        run(Map.of(), selectClass(PruningSpec.class));

        JsonNode report = report();
        assertThat(report.get("schema").asText()).isEqualTo(RunReport.SCHEMA);
        assertThat(report.at("/versions/modelspec").asText()).isNotBlank();
        assertThat(report.at("/versions/djl").asText()).isEqualTo("0.36.0");
        assertThat(report.at("/timings/seconds").asDouble()).isNotNegative();
        JsonNode spec = spec(report, PruningSpec.class);
        assertThat(spec.at("/baseline/name").asText()).isEqualTo("models/fake-cnn");
        assertThat(spec.at("/baseline/accuracy").asDouble()).isEqualTo(FakeWorkbench.BASELINE_ACCURACY);
        assertThat(spec.at("/baseline/examples").asInt()).isEqualTo(10);
        assertThat(spec.at("/baseline/size/weightsGzipBytes").asLong()).isEqualTo(1000);
        assertThat(names(spec.get("candidates"), "recipe")).containsExactly("magnitude80", "magnitude90", "random50");
        assertThat(names(candidate(spec, "magnitude90").get("tests"), "name")).containsExactly("seesTheData", "staysAccurate");
        JsonNode failedTest = candidate(spec, "magnitude90").at("/tests/1");
        assertThat(failedTest.get("name").asText()).isEqualTo("staysAccurate");
        assertThat(failedTest.get("passed").asBoolean()).isFalse();
        assertThat(failedTest.get("message").asText()).startsWith(
                "Expecting candidate \"magnitude90\" to stay within 0.020 accuracy of the baseline, but it dropped 0.0322");
        assertThat(candidate(spec, "magnitude80").at("/tests/1/passed").asBoolean()).isTrue();
        assertThat(candidate(spec, "magnitude80").at("/tests/1/message").isNull()).isTrue();

        PRUNING.forEach((recipe, measured) -> {
            StubCandidate expected = StubCandidate.of(recipe, FakeWorkbench.BASELINE_ACCURACY, measured[0], measured[1],
                    measured[2]);
            JsonNode candidate = candidate(spec, recipe);
            JsonNode metrics = candidate.get("metrics");
            AccuracyDelta delta = expected.accuracyDelta();
            assertThat(candidate.get("settings").asText()).startsWith("fake(accuracy=" + measured[0]).endsWith(" seed=42");
            assertThat(candidate.get("path").asText()).isEqualTo(Path.of("target", recipe).toString());
            assertThat(candidate.get("error").isNull()).isTrue();
            assertThat(metrics.get("accuracy").asDouble()).isEqualTo(expected.accuracy());
            assertThat(metrics.get("accuracyDelta").asDouble()).isEqualTo(delta.delta());
            assertThat(metrics.at("/accuracyDeltaCi95/0").asDouble()).isEqualTo(delta.interval().lower());
            assertThat(metrics.at("/accuracyDeltaCi95/1").asDouble()).isEqualTo(delta.interval().upper());
            assertThat(metrics.get("mcnemarP").asDouble()).isEqualTo(expected.mcNemar().pValue());
            assertThat(metrics.get("agreement").asDouble()).isEqualTo(expected.agreement());
            assertThat(metrics.get("klDivergence").asDouble()).isEqualTo(expected.klDivergence());
            assertThat(metrics.at("/worstClassDrop/drop").asDouble())
                    .isEqualTo(expected.largestClassDrop().drop());
            assertThat(metrics.at("/perClassAccuracy/0/candidate").asDouble()).isEqualTo(expected.accuracy());
            assertThat(metrics.get("sparsity").asDouble()).isEqualTo(expected.sparsity());
            assertThat(metrics.at("/weightSparsity/dense~1kernel").asDouble()).isEqualTo(expected.sparsity());
            assertThat(metrics.at("/size/weightsGzipBytes").asLong()).isEqualTo(expected.size().weightsGzipBytes());
            assertThat(metrics.at("/size/packedBytes").asLong()).isEqualTo(expected.size().packedBytes());
            assertThat(metrics.at("/latency/speedUp").asDouble()).as("always, by default").isCloseTo(1 / 0.9, within(1e-12));
            assertThat(metrics.get("latencyError").isNull()).isTrue();
            assertThat(metrics.at("/sizeReduction/savedModel").asDouble()).isEqualTo(0.5);
            assertThat(metrics.at("/sizeReduction/savedModelGzip").asDouble()).isEqualTo(0.5);
            assertThat(metrics.at("/sizeReduction/weightsGzip").asDouble()).isEqualTo(0.5);
        });
        assertThat(spec.get("bestTradeOff").asText()).as("the only one that passed everything").isEqualTo("magnitude80");
    }

    @Test
    void checksAreJudgedAsTheCheckTestsJudgedThem() {
        Events events = run(Map.of(), selectClass(PruningSpec.class));

        JsonNode spec = spec(report(), PruningSpec.class);
        assertThat(names(candidate(spec, "magnitude80").get("checks"), "name")).containsExactly("accuracy-drop", "sparsity");
        JsonNode drop = candidate(spec, "magnitude90").at("/checks/0");
        assertThat(drop.get("description").asText()).isEqualTo("accuracy drop ≤ 0.050");
        assertThat(drop.get("limit").asDouble()).isEqualTo(0.05);
        assertThat(drop.get("measured").asDouble()).isCloseTo(0.8501 - 0.8179, within(1e-12));
        assertThat(drop.get("passed").asBoolean()).isTrue();
        JsonNode sparsity = candidate(spec, "random50").at("/checks/1");
        assertThat(sparsity.get("measured").asDouble()).isEqualTo(0.50);
        assertThat(sparsity.get("passed").asBoolean()).isFalse();
        for (JsonNode candidate : spec.get("candidates")) {
            for (JsonNode check : candidate.get("checks")) {
                String id = "/[recipe:" + candidate.get("recipe").asText() + "]/[check:" + check.get("name").asText() + "]";
                Event finished = events.finished().filter(event ->
                        event.getTestDescriptor().getUniqueId().toString().endsWith(id)).findFirst().orElseThrow();
                assertThat(finished.getRequiredPayload(TestExecutionResult.class).getStatus() == TestExecutionResult.Status.SUCCESSFUL)
                        .as(id).isEqualTo(check.get("passed").asBoolean());
            }
        }
    }

    @Test
    void failedRecipesAndBaselinesAreReportedWithTheirReason() {
        run(Map.of(), selectClass(FailingRecipesSpec.class), selectClass(MissingBaselineSpec.class));

        JsonNode report = report();
        JsonNode failing = spec(report, FailingRecipesSpec.class);
        JsonNode exploding = candidate(failing, "exploding");
        assertThat(exploding.get("error").asText()).isEqualTo("recipe exploding failed: out of memory while pruning");
        assertThat(exploding.get("metrics").isNull()).isTrue();
        assertThat(exploding.get("settings").isNull()).isTrue();
        assertThat(exploding.get("checks")).isEmpty();
        assertThat(candidate(failing, "misconfigured").get("error").asText())
                .isEqualTo("recipe misconfigured failed: sparsity must be in [0, 1], was 1.5");
        assertThat(candidate(failing, "working").at("/metrics/sparsity").asDouble()).isEqualTo(0.6);
        JsonNode missing = spec(report, MissingBaselineSpec.class);
        assertThat(missing.at("/baseline/error").asText()).startsWith("baseline models/does-not-exist failed to load: ");
        assertThat(missing.at("/baseline/accuracy").isNull()).isTrue();
        assertThat(missing.get("candidates")).isEmpty();
    }

    @Test
    void latencyIsMeasuredForEveryCandidateUnlessTurnedOff() {
        run(Map.of(), selectClass(PruningSpec.class));
        JsonNode latency = candidate(spec(report(), PruningSpec.class), "magnitude80").at("/metrics/latency");
        assertThat(latency.get("batchSize").asInt()).isEqualTo(32);
        assertThat(latency.get("batch1P50Ms").asDouble()).isCloseTo(0.96, within(1e-12));
        assertThat(latency.get("baselineBatch1P50Ms").asDouble()).isCloseTo(1.1, within(1e-12));
        assertThat(latency.get("ratio").asDouble()).isCloseTo(0.9, within(1e-12));
        assertThat(latency.get("speedUp").asDouble()).isCloseTo(1 / 0.9, within(1e-12));
        assertThat(latency.at("/speedUpCi95/0").asDouble()).isCloseTo(1 / latency.at("/ratioCi95/1").asDouble(), within(1e-12));
        assertThat(latency.at("/speedUpCi95/1").asDouble()).isCloseTo(1 / latency.at("/ratioCi95/0").asDouble(), within(1e-12));
        assertThat(latency.get("batchNSpeedUp").asDouble()).isCloseTo(1 / latency.get("batchNRatio").asDouble(), within(1e-12));

        run(Map.of(ModelSpecConstants.LATENCY, "auto"), selectClass(PruningSpec.class));
        assertThat(candidate(spec(report(), PruningSpec.class), "magnitude80").at("/metrics/latency").isNull())
                .as("auto: nothing measured latency").isTrue();

        run(Map.of(ModelSpecConstants.LATENCY, "never"), selectClass(PruningSpec.class));
        assertThat(candidate(spec(report(), PruningSpec.class), "magnitude80").at("/metrics/latency").isNull()).isTrue();
    }

    @Test
    void anUnknownLatencyModeIsADiscoveryWarningAndTheDefaultIsUsed() {
        List<DiscoveryIssue> issues = EngineTestKit.engine(new ModelSpecTestEngine(new FakeWorkbench()))
                .configurationParameter(ModelSpecConstants.LATENCY, "sometimes")
                .selectors(selectClass(PruningSpec.class))
                .discover()
                .getDiscoveryIssues();
        assertThat(issues).extracting(DiscoveryIssue::message).containsExactly(
                "Configuration parameter modelspec.latency=sometimes is not auto, always or never; using the default");
    }

    @Test
    void theLatencyBudgetAndBatchSizeReachTheWorkbenchAndBadValuesAreDiscoveryWarnings() {
        FakeWorkbench workbench = new FakeWorkbench();
        EngineTestKit.engine(new ModelSpecTestEngine(workbench))
                .configurationParameter(ModelSpecConstants.REPORT_DIR, reportDir.toString())
                .configurationParameter(ModelSpecConstants.LATENCY_BUDGET, "2.5")
                .configurationParameter(ModelSpecConstants.LATENCY_BATCH_SIZE, "8")
                .selectors(selectClass(PruningSpec.class))
                .execute();
        assertThat(workbench.configuration.latencyBudget()).isEqualTo(Duration.ofMillis(2500));
        assertThat(workbench.configuration.latencyBatchSize()).isEqualTo(8);
        assertThat(EngineConfiguration.defaults().latencyBudget()).isEqualTo(Duration.ofMillis(500));
        assertThat(EngineConfiguration.defaults().latency()).isEqualTo(LatencyMode.ALWAYS);

        List<DiscoveryIssue> issues = EngineTestKit.engine(new ModelSpecTestEngine(new FakeWorkbench()))
                .configurationParameter(ModelSpecConstants.LATENCY_BUDGET, "0")
                .configurationParameter(ModelSpecConstants.LATENCY_BATCH_SIZE, "-1")
                .selectors(selectClass(PruningSpec.class))
                .discover()
                .getDiscoveryIssues();
        assertThat(issues).extracting(DiscoveryIssue::message).containsExactlyInAnyOrder(
                "Configuration parameter modelspec.latency.budget=0 is not a positive number of seconds; using the default",
                "Configuration parameter modelspec.latency.batch.size=-1 is not a positive whole number; using the default");
    }

    @Test
    void summaryMarkdownHasOneTableRowPerModelListsWhatFailedAndLinksTheTradeOffChart() throws IOException {
        run(Map.of(ModelSpecConstants.LATENCY, "never"), selectClass(PruningSpec.class));

        List<String> lines = Files.readAllLines(reportDir.resolve(MarkdownSummary.FILE_NAME), StandardCharsets.UTF_8);
        String chart = "trade-off-" + PruningSpec.class.getName() + ".png";
        assertThat(lines).contains(
                "| model | accuracy | Δ accuracy | p50 batch 1 | speed-up batch 1 | p50 batch N | speed-up batch N"
                        + " | SavedModel | Δ SavedModel | gzip | Δ gzip | sparsity |",
                "| baseline | 0.8501 |  | – |  | – |  | 1000 B |  | 1000 B |  |  |",
                "| magnitude90 | 0.8179 | -0.0322 | – | – | – | – | 500 B | -50.0% | 500 B | -50.0% | 90.0% |",
                "- random50: sparsity ≥ 0.790, measured 0.5000",
                "![accuracy vs size of PruningSpec](" + chart + ")",
                "Best trade-off: **magnitude80**, the smallest candidate that passed every check and test: 500 B gzip,"
                        + " accuracy 0.8400.");
        assertThat(ImageIO.read(reportDir.resolve(chart).toFile())).as("a PNG").isNotNull();
        assertThat(lines.stream().filter(line -> line.startsWith("## "))).singleElement().asString()
                .startsWith("## PruningSpec: baseline models/fake-cnn, 10 examples, ");
    }

    @Test
    void aRunWithoutSpecsLeavesNoReport() {
        run(Map.of(), selectClass(String.class));

        assertThat(reportDir).isEmptyDirectory();
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        StreamSupport.stream(array.spliterator(), false).forEach(node -> names.add(node.get(field).asText()));
        return names;
    }
}
