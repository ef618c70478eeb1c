package dev.modelspec.workbench;

import static dev.modelspec.report.AllureResults.attachmentNames;
import static dev.modelspec.report.ReportJson.candidate;
import static dev.modelspec.report.ReportJson.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelspec.engine.ModelSpecConstants;
import dev.modelspec.engine.ModelSpecTestEngine;
import dev.modelspec.report.AllureResults;
import dev.modelspec.report.ReportJson;
import dev.modelspec.report.json.JsonReport;
import dev.modelspec.workbench.fixtures.SmallCnnSweepSpec;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.json and the Allure attachments of a real run: the small CNN pruned to 50% and 70%. */
class SmallCnnReportsTest {

    @Test
    void reportsWhatTheRealWorkbenchMeasured(@TempDir Path cache, @TempDir Path reportDir, @TempDir Path results)
            throws IOException {
        AllureResults allure = AllureResults.run(new ModelSpecTestEngine(), results, Map.of(
                        ModelSpecConstants.CACHE_DIR, cache.toString(),
                        ModelSpecConstants.REPORT_DIR, reportDir.toString()),
                selectClass(SmallCnnSweepSpec.class));

        JsonNode spec = spec(ReportJson.read(reportDir.resolve(JsonReport.FILE_NAME)), SmallCnnSweepSpec.class);
        double baseline = spec.at("/baseline/accuracy").asDouble();
        assertThat(baseline).isEqualTo(0.8882);
        assertThat(spec.at("/baseline/examples").asInt()).isEqualTo(10_000);
        for (String recipe : new String[] {"global50", "global70"}) {
            JsonNode metrics = candidate(spec, recipe).get("metrics");
            double accuracy = metrics.get("accuracy").asDouble();
            double delta = metrics.get("accuracyDelta").asDouble();
            assertThat(delta).isCloseTo(accuracy - baseline, within(1e-12));
            assertThat(metrics.at("/accuracyDeltaCi95/0").asDouble()).isLessThanOrEqualTo(delta);
            assertThat(metrics.at("/accuracyDeltaCi95/1").asDouble()).isGreaterThanOrEqualTo(delta);
            assertThat(metrics.get("perClassAccuracy")).hasSize(10);
            assertThat(StreamSupport.stream(metrics.get("perClassAccuracy").spliterator(), false)
                    .mapToLong(c -> c.get("support").asLong()).sum()).isEqualTo(10_000);
            assertThat(metrics.at("/worstClassDrop/drop").asDouble()).isEqualTo(StreamSupport.stream(
                    metrics.get("perClassAccuracy").spliterator(), false).mapToDouble(c -> c.get("drop").asDouble())
                    .max().orElseThrow());
            assertThat(metrics.get("weightSparsity").fieldNames()).toIterable()
                    .containsExactly("conv2d/kernel", "dense/kernel");
            assertThat(metrics.at("/size/weightsGzipBytes").asLong())
                    .isLessThan(spec.at("/baseline/size/weightsGzipBytes").asLong());
            JsonNode drop = candidate(spec, recipe).at("/checks/0");
            assertThat(drop.get("name").asText()).isEqualTo("accuracy-drop");
            assertThat(drop.get("measured").asDouble()).isCloseTo(-delta, within(1e-12));
        }
        assertThat(candidate(spec, "global50").at("/metrics/sparsity").asDouble()).isCloseTo(0.50, within(0.01));
        assertThat(candidate(spec, "global70").at("/metrics/sparsity").asDouble()).isCloseTo(0.70, within(0.01));
        for (String recipe : new String[] {"global50", "global70"}) {
            JsonNode latency = candidate(spec, recipe).at("/metrics/latency");
            assertThat(latency.get("batchSize").asInt()).as("measured by default").isEqualTo(32);
            assertThat(latency.get("ratio").asDouble()).isPositive();
            assertThat(latency.get("speedUp").asDouble()).isCloseTo(1 / latency.get("ratio").asDouble(), within(1e-9));
            assertThat(latency.get("batch1P99Ms").asDouble()).isGreaterThanOrEqualTo(latency.get("batch1P50Ms").asDouble());
            assertThat(candidate(spec, recipe).at("/metrics/sizeReduction/savedModelGzip").asDouble())
                    .as("zeros compress").isPositive();
        }
        assertThat(spec.get("bestTradeOff").asText()).as("70% fails its accuracy drop").isEqualTo("global50");
        assertThat(reportDir.resolve("trade-off-" + SmallCnnSweepSpec.class.getName() + ".png")).isNotEmptyFile();

        JsonNode teardown = allure.container("global70").at("/afters/0");
        assertThat(attachmentNames(teardown)).containsExactly("metrics", "sparsity per weight", "confusion matrix delta",
                "worst disagreements");
        assertThat(Files.readString(allure.attachment(teardown, "confusion matrix delta")))
                .contains("confusion matrix: candidate − baseline");
        BufferedImage grid = ImageIO.read(allure.attachment(teardown, "worst disagreements").toFile());
        assertThat(grid.getWidth()).isEqualTo(6 * 130);
        assertThat(attachmentNames(allure.container("SmallCnnSweepSpec").at("/afters/0")))
                .containsExactly("accuracy vs size", "accuracy vs sparsity");
    }
}
