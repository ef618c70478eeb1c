package dev.modelspec.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelspec.data.LabeledData;
import dev.modelspec.metrics.comparison.Disagreement;
import dev.modelspec.api.StubBaseline;
import dev.modelspec.report.BaselineReport;
import dev.modelspec.report.CandidateMetrics;
import dev.modelspec.report.CandidateReport;
import dev.modelspec.report.CandidateReports;
import dev.modelspec.report.SearchReport;
import dev.modelspec.report.TradeOff;
import dev.modelspec.api.StubCandidate;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ChartsTest {

    private static BufferedImage image(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("a PNG").isNotNull();
        return image;
    }

    private static CandidateReport candidate(String recipe, String settings, double accuracy, double sparsity) {
        return new CandidateReport(recipe, settings, "target/" + recipe, 1, null, CandidateMetrics.of(
                StubCandidate.of(recipe, 0.9, accuracy, sparsity, 0.95), CandidateReports.BASELINE_SIZE, Optional.empty(),
                null, List.of()), List.of(), List.of());
    }

    @Test
    void sparsityChartHasABarPerWeight() throws IOException {
        Map<String, Double> sparsity = new LinkedHashMap<>();
        sparsity.put("conv2d/kernel", 0.5);
        sparsity.put("dense/kernel", 0.9);

        assertThat(image(SparsityChart.png("m", sparsity)).getWidth()).isEqualTo(900);
        assertThatThrownBy(() -> SparsityChart.png("none", Map.of())).hasMessage("No prunable weights to chart for none");
    }

    @Test
    void sweepsGroupRecipesThatDifferOnlyInSparsity() throws IOException {
        CandidateReport m70 = candidate("m70", "prune.magnitude(sparsity=0.7,scope=global) seed=42", 0.85, 0.70);
        CandidateReport m50 = candidate("m50", "prune.magnitude(sparsity=0.5,scope=global) seed=42", 0.88, 0.50);
        CandidateReport perWeight = candidate("w50", "prune.magnitude(sparsity=0.5,scope=per-weight) seed=42", 0.87, 0.5);
        CandidateReport failed = new CandidateReport("broken", null, null, 0, "recipe broken failed: x", null, List.of(), List.of());
        CandidateReport int8 = candidate("int8", "quantize.int8(per-channel) seed=42", 0.89, 0.0);

        List<SparsitySweep> sweeps = SparsitySweep.of(List.of(m70, perWeight, failed, m50, int8));

        assertThat(sweeps).singleElement().satisfies(sweep -> {
            assertThat(sweep.settings()).isEqualTo("prune.magnitude(sparsity=*,scope=global) seed=42");
            assertThat(sweep.candidates()).containsExactly(m50, m70);
        });
        assertThat(image(FrontierChart.png(sweeps.get(0), 0.9)).getHeight()).isEqualTo(500);
    }

    @Test
    void searchChartsPlotEveryPointTried() throws IOException {
        SearchReport search = new SearchReport("clusters", "clusters", 0.01, null, List.of(
                new SearchReport.Point(4, 0.85, 0.03, false, "cluster.kmeans(k=4)"),
                new SearchReport.Point(16, 0.89, 0.005, true, "cluster.kmeans(k=16)"),
                new SearchReport.Point(64, 0.895, 0.0, true, "cluster.kmeans(k=64)")));

        BufferedImage chart = image(FrontierChart.png(search, 0.895));

        assertThat(chart.getWidth()).isEqualTo(900);
        assertThat(chart.getHeight()).isEqualTo(500);
    }

    @Test
    void tradeOffChartPlotsEveryModelAndNeedsACandidate() throws IOException {
        BaselineReport baseline = BaselineReport.of(StubBaseline.withAccuracy(0.9));
        TradeOff tradeOff = TradeOff.of(baseline, List.of(
                CandidateReports.checked(CandidateReports.sized(CandidateReports.measured("int8", 0.9, 0.89, true), 300), true),
                CandidateReports.checked(CandidateReports.measured("m90", 0.9, 0.7, true), false),
                CandidateReports.measured("m50", 0.9, 0.88, false)));

        BufferedImage chart = image(TradeOffChart.png("PruneSpec", tradeOff));

        assertThat(chart.getWidth()).isEqualTo(900);
        assertThat(chart.getHeight()).isEqualTo(500);
        assertThat(TradeOffChart.label(tradeOff.points().get(0))).isEqualTo("int8 1.11×");
        assertThat(TradeOffChart.label(tradeOff.points().get(3))).isEqualTo("baseline");
        assertThatThrownBy(() -> TradeOffChart.png("EmptySpec", TradeOff.of(baseline, List.of())))
                .hasMessage("No measured candidate to chart for EmptySpec");
    }

    @Test
    void disagreementGridDrawsEachExampleWithItsCaption() throws IOException {
        LabeledData grey = images(new int[] {28, 28}, 0.5f);
        List<Disagreement> worst = List.of(new Disagreement(3, 1, 1, 2, 0.1, 2.0), new Disagreement(7, 4, 5, 6, 0.2, 1.0));

        BufferedImage grid = image(DisagreementGrid.png(grey, worst, 24));

        assertThat(grid.getWidth()).isEqualTo(6 * 130);
        int centreOfFirst = grid.getRGB(130 / 2, 30 + 28 * 3 / 2) & 0xFFFFFF;
        assertThat(centreOfFirst).as("grey 0.5").isEqualTo(0x808080);
        assertThat(DisagreementGrid.canDraw(new int[] {28, 28, 1})).isTrue();
        assertThat(DisagreementGrid.canDraw(new int[] {28, 28, 3})).isFalse();
        assertThat(DisagreementGrid.canDraw(new int[] {784})).isFalse();
        assertThatThrownBy(() -> DisagreementGrid.png(images(new int[] {784}, 0), worst, 24))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static LabeledData images(int[] shape, float pixel) {
        return new LabeledData() {
            @Override
            public String name() {
                return "grey";
            }

            @Override
            public int size() {
                return 10;
            }

            @Override
            public int[] exampleShape() {
                return shape.clone();
            }

            @Override
            public int classCount() {
                return 10;
            }

            @Override
            public int label(int index) {
                return index;
            }

            @Override
            public void copyInputs(int from, int count, float[] target, int offset) {
                Arrays.fill(target, offset, offset + count * exampleLength(), pixel);
            }
        };
    }
}
