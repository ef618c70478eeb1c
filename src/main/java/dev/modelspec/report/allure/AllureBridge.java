package dev.modelspec.report.allure;

import dev.modelspec.api.Baseline;
import dev.modelspec.api.Candidate;
import dev.modelspec.report.BaselineReport;
import dev.modelspec.report.CandidateRun;
import dev.modelspec.report.EntryPublisher;
import dev.modelspec.report.ReportListener;
import dev.modelspec.report.SearchReport;
import dev.modelspec.report.SpecReport;
import dev.modelspec.report.TestStart;
import dev.modelspec.report.TradeOff;
import dev.modelspec.report.chart.DisagreementGrid;
import dev.modelspec.report.chart.FrontierChart;
import dev.modelspec.report.chart.SparsityChart;
import dev.modelspec.report.chart.SparsitySweep;
import dev.modelspec.report.chart.TradeOffChart;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Label;
import io.qameta.allure.util.ResultsUtils;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Labels, parameters and attachments for Allure: epic = baseline, feature and sub-suite = recipe,
 * story = check or test. Acts only while Allure's JUnit Platform listener
 * records this engine's tests (it checks that Allure's current test is the one starting), so runs
 * without that listener, such as EngineTestKit runs, are left untouched.
 *
 * <p>Attachments of a recipe or spec go into a tear-down fixture of its container, which the
 * listener opens and closes on {@code allure.fixture} report entries and which Allure shows on every
 * test of that container.
 */
final class AllureBridge implements ReportListener {

    /** The label Allure's JUnit Platform listener gives every test: its JUnit unique id. */
    private static final String UNIQUE_ID_LABEL = "junit.platform.uniqueid";
    private static final int DISAGREEMENTS_SHOWN = 24;
    private static final String HTML = "text/html";
    private static final String PNG = "image/png";

    /** Whether Allure recorded the latest test that started, and so records this engine's run. */
    private boolean recording;

    @Override
    public void testStarted(TestStart test) {
        AllureLifecycle lifecycle = Allure.getLifecycle();
        recording = lifecycle.getCurrentTestCase().filter(uuid -> isTest(lifecycle, uuid, test.uniqueId())).isPresent();
        if (!recording) {
            return;
        }
        lifecycle.updateTestCase(result -> result.getLabels().addAll(List.of(
                ResultsUtils.createEpicLabel(test.baseline()),
                ResultsUtils.createFeatureLabel(test.recipe()),
                ResultsUtils.createStoryLabel(test.story()),
                ResultsUtils.createSubSuiteLabel(test.recipe()))));
        test.parameters().forEach((name, value) ->
                test.entries().publish(Map.of("allure.parameter", name, "value", value)));
    }

    @Override
    public void candidateReported(CandidateRun run) {
        if (!recording) {
            return;
        }
        Baseline baseline = run.baseline();
        Candidate candidate = run.candidate();
        inFixture(run.entries(), "ModelSpec: " + candidate.recipeName(), lifecycle -> {
            lifecycle.addAttachment("metrics", HTML, ".html", MetricsPage.of(BaselineReport.of(baseline), run.report()));
            if (!candidate.weightSparsity().isEmpty()) {
                lifecycle.addAttachment("sparsity per weight", PNG, ".png",
                        SparsityChart.png(candidate.recipeName() + ": fraction of zeros per weight",
                                candidate.weightSparsity()));
            }
            baseline.confusionMatrix().ifPresent(base -> candidate.confusionMatrix().ifPresent(compressed ->
                    lifecycle.addAttachment("confusion matrix delta", HTML, ".html",
                            ConfusionDeltaPage.of(base, compressed, baseline.classNames().orElse(List.of())))));
            if (DisagreementGrid.canDraw(baseline.data().exampleShape()) && !candidate.disagreements().isEmpty()) {
                lifecycle.addAttachment("worst disagreements", PNG, ".png",
                        DisagreementGrid.png(baseline.data(), candidate.disagreements(), DISAGREEMENTS_SHOWN));
            }
        });
    }

    @Override
    public void specReported(SpecReport spec, EntryPublisher entries) {
        List<SparsitySweep> sweeps = SparsitySweep.of(spec.candidates());
        List<SearchReport> searches = spec.searches().stream().filter(search -> !search.points().isEmpty()).toList();
        TradeOff tradeOff = spec.tradeOff();
        if (!recording || (sweeps.isEmpty() && searches.isEmpty() && !tradeOff.hasCandidates())
                || spec.baseline().accuracy() == null) {
            return;
        }
        double baseline = spec.baseline().accuracy();
        inFixture(entries, "ModelSpec: " + spec.simpleName(), lifecycle -> {
            if (tradeOff.hasCandidates()) {
                lifecycle.addAttachment("accuracy vs size", PNG, ".png", TradeOffChart.png(spec.simpleName(), tradeOff));
            }
            sweeps.forEach(sweep -> lifecycle.addAttachment("accuracy vs sparsity", PNG, ".png",
                    FrontierChart.png(sweep, baseline)));
            searches.forEach(search -> lifecycle.addAttachment("search " + search.name(), PNG, ".png",
                    FrontierChart.png(search, baseline)));
        });
    }

    private static boolean isTest(AllureLifecycle lifecycle, String uuid, String uniqueId) {
        AtomicBoolean matches = new AtomicBoolean();
        lifecycle.updateTestCase(uuid, result -> matches.set(result.getLabels().stream()
                .anyMatch(label -> isUniqueId(label, uniqueId))));
        return matches.get();
    }

    private static boolean isUniqueId(Label label, String uniqueId) {
        return UNIQUE_ID_LABEL.equals(label.getName()) && uniqueId.equals(label.getValue());
    }

    /** Runs {@code attach} inside a tear-down fixture of the running container named {@code name}. */
    private static void inFixture(EntryPublisher entries, String name, Consumer<AllureLifecycle> attach) {
        AllureLifecycle lifecycle = Allure.getLifecycle();
        String uuid = UUID.randomUUID().toString();
        entries.publish(Map.of("allure.fixture", "tear_down", "event", "start", "uuid", uuid, "name", name));
        if (!lifecycle.getCurrentTestCaseOrStep().filter(uuid::equals).isPresent()) {
            return;
        }
        try {
            attach.accept(lifecycle);
        } finally {
            entries.publish(Map.of("allure.fixture", "tear_down", "event", "stop", "uuid", uuid));
        }
    }
}
