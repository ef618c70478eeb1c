package dev.modelspec.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelspec.api.StubBaseline;
import dev.modelspec.api.StubCandidate;
import dev.modelspec.metrics.comparison.ClassAccuracyDrop;
import dev.modelspec.report.BaselineReport;
import dev.modelspec.report.CandidateMetrics;
import dev.modelspec.report.CandidateReport;
import dev.modelspec.report.CandidateReports;
import dev.modelspec.report.CheckReport;
import dev.modelspec.report.SpecReport;
import dev.modelspec.report.TestReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {

    @Test
    void printsOneAlignedRowPerModelBaselineFirstThenWhatFailedThenTheTradeOffSmallestFirst() {
        StubCandidate pruned = StubCandidate.of("magnitude90", 0.85, 0.80, 0.9, 0.93);
        CandidateReport measured = new CandidateReport("magnitude90", "p", "target/m", 2.5, null,
                CandidateMetrics.of(pruned, CandidateReports.BASELINE_SIZE, Optional.of(pruned.latency()), null, List.of()),
                List.of(new CheckReport("accuracy-drop", "accuracy drop ≤ 0.020", false, 0.05, 0.02)),
                List.of(new TestReport("staysAccurate", false, "dropped too far"), new TestReport("keepsClasses", true, null)));
        CandidateReport failed = new CandidateReport("exploding", null, null, 0.1, "recipe exploding failed: boom", null,
                List.of(), List.of());
        CandidateReport int8 = CandidateReports.sized(CandidateReports.measured("int8", 0.85, 0.85, false), 700);
        SpecReport spec = SpecReport.of("com.acme.PruneSpec", 3.2,
                BaselineReport.of(StubBaseline.withAccuracy(0.85)), List.of(measured, failed, int8), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new ConsoleReport(new PrintStream(out, true, StandardCharsets.UTF_8)).specReported(spec, entry -> {});

        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "[modelspec] PruneSpec: baseline models/x, 10000 examples, 3.2 s",
                "model        accuracy  Δ accuracy  p50 batch 1   speed-up batch 1  p50 batch 32  speed-up batch 32"
                        + "  SavedModel  Δ SavedModel    gzip  Δ gzip  sparsity",
                "baseline       0.8500                 1.100 ms                         1.100 ms                     "
                        + "    1000 B                1000 B",
                "magnitude90    0.8000     -0.0500     0.960 ms  1.11× [1.00–1.25]      0.960 ms  1.11× [1.00–1.25]  "
                        + "     500 B        -50.0%   500 B  -50.0%     90.0%",
                "exploding      failed",
                "int8           0.8500     +0.0000            –                  –             –                  –  "
                        + "     700 B        -30.0%   700 B  -30.0%     50.0%",
                "[modelspec] failed: magnitude90: accuracy drop ≤ 0.020, measured 0.0500",
                "[modelspec] failed: magnitude90: @ModelTest staysAccurate: dropped too far",
                "[modelspec] failed: exploding: recipe exploding failed: boom",
                "[modelspec] PruneSpec accuracy vs size, smallest first (★ best trade-off: the smallest that passed"
                        + " every check and test; ◆ frontier: nothing smaller is as accurate)",
                "   model          gzip  accuracy  speed-up batch 1  speed-up batch 32  checks",
                "◆  magnitude90   500 B    0.8000             1.11×              1.11×  failed",
                "★  int8          700 B    0.8500                 –                  –  passed",
                "   baseline     1000 B    0.8500");
    }

    @Test
    void namesTheClassThatLostMostWhenTheClassAccuracyCheckFailsAndTheDataNamesItsClasses() {
        StubCandidate pruned = StubCandidate.of("magnitude90", 0.85, 0.80, 0.9, 0.93).withClasses(
                new ClassAccuracyDrop(0, 500, 0.90, 0.89), new ClassAccuracyDrop(1, 500, 0.80, 0.71));
        CheckReport classCheck = new CheckReport("class-accuracy-drop", "class accuracy drop ≤ 0.050", false, 0.09, 0.05);
        List<String> lines = new ArrayList<>();
        for (List<String> names : List.of(List.of("cat", "dog"), List.<String>of())) {
            CandidateReport candidate = new CandidateReport("magnitude90", "p", "target/m", 2.5, null,
                    CandidateMetrics.of(pruned, CandidateReports.BASELINE_SIZE, Optional.empty(), null, names),
                    List.of(classCheck), List.of());
            SpecReport spec = SpecReport.of("com.acme.PruneSpec", 3.2, BaselineReport.of(StubBaseline.withAccuracy(0.85)),
                    List.of(candidate), List.of());
            lines.addAll(ConsoleReport.render(SummaryTable.of(spec)).lines().filter(line -> line.contains("failed")).toList());
        }

        assertThat(lines).containsExactly(
                "[modelspec] failed: magnitude90: class accuracy drop ≤ 0.050, measured 0.0900 on class 1 (dog)",
                "[modelspec] failed: magnitude90: class accuracy drop ≤ 0.050, measured 0.0900 on class 1");
    }
}
