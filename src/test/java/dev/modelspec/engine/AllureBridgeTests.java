package dev.modelspec.engine;

import static dev.modelspec.report.AllureResults.attachmentNames;
import static dev.modelspec.report.AllureResults.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelspec.engine.fixtures.NamedClassesSpec;
import dev.modelspec.engine.fixtures.PruningSpec;
import dev.modelspec.report.AllureResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The Allure bridge under Allure's own JUnit Platform listener, as a user's build runs it. */
class AllureBridgeTests {

    @TempDir
    Path results;

    @TempDir
    Path reportDir;

    private AllureResults runWithAllure() {
        return AllureResults.run(new ModelSpecTestEngine(new FakeWorkbench()), results,
                Map.of(ModelSpecConstants.REPORT_DIR, reportDir.toString()), selectClass(PruningSpec.class));
    }

    @Test
    void labelsEveryTestWithBaselineRecipeAndCheckAndAddsTheRecipeSettingsAsParameters() {
        AllureResults allure = runWithAllure();

        JsonNode check = allure.test("[recipe:magnitude80]/[check:accuracy-drop]");
        assertThat(check.get("name").asText()).isEqualTo("accuracy drop ≤ 0.020");
        assertThat(values(check.get("labels"), "epic")).containsExactly("models/fake-cnn");
        assertThat(values(check.get("labels"), "feature")).containsExactly("magnitude80");
        assertThat(values(check.get("labels"), "story")).containsExactly("accuracy-drop");
        assertThat(values(check.get("labels"), "subSuite")).containsExactly("magnitude80");
        assertThat(values(check.get("parameters"), "recipe"))
                .containsExactly("fake(accuracy=0.84,sparsity=0.8,agreement=0.98,failure=null)");
        assertThat(values(check.get("parameters"), "seed")).containsExactly("42");
        assertThat(values(check.get("parameters"), "measured")).containsExactly("0.0101");
        JsonNode test = allure.test("[recipe:random50]/[test:staysAccurate]");
        assertThat(values(test.get("labels"), "story")).containsExactly("staysAccurate");
        JsonNode baseline = allure.test("[baseline:baseline]");
        assertThat(values(baseline.get("labels"), "feature")).containsExactly("baseline");
        assertThat(values(baseline.get("parameters"), "recipe")).isEmpty();
    }

    @Test
    void attachesEachRecipesMetricsAndSparsityChartToItsTestsAsATearDown() throws IOException {
        AllureResults allure = runWithAllure();

        JsonNode container = allure.container("magnitude80");
        JsonNode teardown = container.at("/afters/0");
        assertThat(teardown.get("name").asText()).isEqualTo("ModelSpec: magnitude80");
        assertThat(teardown.get("status").asText()).isEqualTo("passed");
        assertThat(attachmentNames(teardown)).containsExactly("metrics", "sparsity per weight");
        assertThat(Files.readString(allure.attachment(teardown, "metrics"))).contains(
                "<td>accuracy</td><td>0.8501</td><td>0.8400</td>",
                "<td>accuracy drop ≤ 0.020</td><td>0.0200</td><td>0.0101</td><td class=\"pass\">passed</td>");
        assertThat(allure.attachment(teardown, "sparsity per weight")).isNotEmptyFile();
        String checkUuid = allure.test("[recipe:magnitude80]/[check:accuracy-drop]").get("uuid").asText();
        assertThat(StreamSupport.stream(container.get("children").spliterator(), false).map(JsonNode::asText))
                .contains(checkUuid);
    }

    @Test
    void namesTheClassesOfTheDataInThePerClassTableAndTheWorstClassDrop() throws IOException {
        AllureResults allure = AllureResults.run(new ModelSpecTestEngine(new FakeWorkbench()), results,
                Map.of(ModelSpecConstants.REPORT_DIR, reportDir.toString()), selectClass(NamedClassesSpec.class));

        JsonNode teardown = allure.container("harsh").at("/afters/0");
        assertThat(Files.readString(allure.attachment(teardown, "metrics"))).contains(
                "<td>worst class drop</td><td></td><td>class 0 (cat): 0.8501 → 0.8179</td>",
                "<tr><td>0 (cat)</td><td>10000</td><td>0.8501</td><td>0.8179</td>");
        assertThat(allure.test("[recipe:harsh]/[check:class-accuracy-drop]").at("/statusDetails/message").asText())
                .contains("but class 0 (cat) dropped 0.0322");
    }

    @Test
    void attachesTheSpecsAccuracyVsSizeChartToEveryTestOfTheSpec() throws IOException {
        AllureResults allure = runWithAllure();

        JsonNode teardown = allure.container("PruningSpec").at("/afters/0");
        assertThat(teardown.get("name").asText()).isEqualTo("ModelSpec: PruningSpec");
        assertThat(attachmentNames(teardown)).containsExactly("accuracy vs size");
        assertThat(ImageIO.read(allure.attachment(teardown, "accuracy vs size").toFile())).as("a PNG").isNotNull();
    }

    @Test
    void leavesRunsWithoutAlluresListenerUntouched() {
        List<Map<String, String>> entries = EngineTestKit.engine(new ModelSpecTestEngine(new FakeWorkbench()))
                .configurationParameter(ModelSpecConstants.REPORT_DIR, reportDir.toString())
                .selectors(selectClass(PruningSpec.class))
                .execute()
                .allEvents()
                .reportingEntryPublished()
                .map(event -> event.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
                .toList();

        assertThat(entries).isNotEmpty().noneMatch(entry -> entry.containsKey("allure.fixture")
                || "seed".equals(entry.get("allure.parameter")));
    }
}
