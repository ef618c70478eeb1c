package dev.modelspec.report.allure;

import static dev.modelspec.report.allure.Html.escape;
import static dev.modelspec.report.text.Formats.bytes;
import static dev.modelspec.report.text.Formats.fraction;
import static dev.modelspec.report.text.Formats.millis;

import dev.modelspec.report.BaselineReport;
import dev.modelspec.report.CandidateMetrics;
import dev.modelspec.report.MultiLabelReport;
import dev.modelspec.report.RegressionReport;
import dev.modelspec.report.CandidateReport;
import dev.modelspec.report.CheckReport;
import dev.modelspec.report.ClassAccuracy;
import dev.modelspec.report.LatencyReport;
import dev.modelspec.report.SizeReduction;
import dev.modelspec.report.SizeReport;
import dev.modelspec.report.text.Formats;
import dev.modelspec.report.text.SummaryTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A candidate's measures next to its baseline's, its checks and its per-class accuracy, as HTML. */
final class MetricsPage {

    private MetricsPage() {}

    static byte[] of(BaselineReport baseline, CandidateReport candidate) {
        CandidateMetrics metrics = candidate.metrics();
        List<List<String>> rows = new ArrayList<>();
        if (metrics.regression() != null) {
            addRegression(rows, baseline, metrics.regression());
        } else if (metrics.multiLabel() != null) {
            addMultiLabel(rows, baseline.multiLabel(), metrics.multiLabel());
        } else {
            addClassification(rows, baseline, metrics);
        }
        rows.add(List.of("sparsity", "", Formats.percent(metrics.sparsity())));
        addSizes(rows, baseline.size(), metrics.size(), metrics.sizeReduction());
        addLatency(rows, metrics.latency(), metrics.latencyError());
        return new Html()
                .heading(candidate.recipe() + ": " + candidate.settings())
                .table(List.of("measure", "baseline", "candidate"), escaped(rows), "")
                .table(List.of("check", "limit", "measured", "result"), checks(candidate.checks()), "")
                .table(List.of("class", "support", "baseline", "candidate", "drop"), classes(metrics), "")
                .bytes();
    }

    private static void addClassification(List<List<String>> rows, BaselineReport baseline, CandidateMetrics metrics) {
        rows.add(List.of("accuracy", fraction(baseline.accuracy()), fraction(metrics.accuracy())));
        rows.add(List.of("Δ accuracy [95% CI]", "", Formats.signed(metrics.accuracyDelta()) + " "
                + interval(metrics.accuracyDeltaCi95(), "%+.4f")));
        rows.add(List.of("McNemar p", "", Formats.probability(metrics.mcnemarP())));
        rows.add(List.of("agreement", "", fraction(metrics.agreement())));
        rows.add(List.of("KL divergence", "", metrics.klDivergence() == null ? "" : fraction(metrics.klDivergence())));
        ClassAccuracy worst = metrics.worstClassDrop();
        rows.add(List.of("worst class drop", "", "class " + worst.label() + ": " + value(worst.baseline()) + " → "
                + value(worst.candidate())));
        if (baseline.binary() != null && metrics.binary() != null) {
            rows.add(List.of("ROC AUC", value(baseline.binary().auc()), value(metrics.binary().auc())));
            rows.add(List.of("F1", fraction(baseline.binary().f1()), fraction(metrics.binary().f1())));
        }
    }

    private static void addRegression(List<List<String>> rows, BaselineReport baseline, RegressionReport candidate) {
        RegressionReport base = baseline.regression();
        rows.add(List.of("MSE", Formats.magnitude(base.mse()), Formats.magnitude(candidate.mse())));
        rows.add(List.of("Δ MSE [95% CI]", "", Formats.signedMagnitude(candidate.mseIncrease()) + " ["
                + Formats.signedMagnitude(candidate.mseIncreaseCi95().get(0)) + ", "
                + Formats.signedMagnitude(candidate.mseIncreaseCi95().get(1)) + "]"));
        rows.add(List.of("MAE", Formats.magnitude(base.mae()), Formats.magnitude(candidate.mae())));
        rows.add(List.of("max error", Formats.magnitude(base.maxError()), Formats.magnitude(candidate.maxError())));
        rows.add(List.of("R²", value(base.r2()), value(candidate.r2())));
    }

    private static void addMultiLabel(List<List<String>> rows, MultiLabelReport base, MultiLabelReport candidate) {
        rows.add(List.of("label accuracy", fraction(base.labelAccuracy()), fraction(candidate.labelAccuracy())));
        rows.add(List.of("micro-F1", fraction(base.microF1()), fraction(candidate.microF1())));
        rows.add(List.of("Δ micro-F1 [95% CI]", "", Formats.signed(-candidate.microF1Drop()) + " ["
                + Formats.signed(-candidate.microF1DropCi95().get(1)) + ", "
                + Formats.signed(-candidate.microF1DropCi95().get(0)) + "]"));
        rows.add(List.of("macro-F1", fraction(base.macroF1()), fraction(candidate.macroF1())));
        rows.add(List.of("subset accuracy", fraction(base.subsetAccuracy()), fraction(candidate.subsetAccuracy())));
    }

    private static void addSizes(List<List<String>> rows, SizeReport baseline, SizeReport candidate,
            SizeReduction reduction) {
        rows.add(List.of("serving weights, gzip", bytes(baseline.weightsGzipBytes()),
                bytes(candidate.weightsGzipBytes()) + " (" + Formats.reduction(reduction.weightsGzip()) + ")"));
        rows.add(List.of("SavedModel, tar.gz", bytes(baseline.savedModelGzipBytes()),
                bytes(candidate.savedModelGzipBytes()) + " (" + Formats.reduction(reduction.savedModelGzip()) + ")"));
        rows.add(List.of("SavedModel", bytes(baseline.savedModelBytes()),
                bytes(candidate.savedModelBytes()) + " (" + Formats.reduction(reduction.savedModel()) + ")"));
        rows.add(List.of("packed estimate", bytes(baseline.packedBytes()) + " at " + baseline.bitsPerWeight() + " bit",
                bytes(candidate.packedBytes()) + " at " + candidate.bitsPerWeight() + " bit"));
    }

    private static void addLatency(List<List<String>> rows, LatencyReport latency, String error) {
        if (latency == null) {
            rows.add(List.of("latency", "", SummaryTable.NOT_MEASURED
                    + (error == null ? " (not measured, see modelspec.latency)" : " (not measured: " + error + ")")));
            return;
        }
        rows.add(List.of("latency p50, batch 1", millis(latency.baselineBatch1P50Ms()), millis(latency.batch1P50Ms())));
        rows.add(List.of("latency p99, batch 1", "", millis(latency.batch1P99Ms())));
        rows.add(List.of("latency p50, batch " + latency.batchSize(), millis(latency.baselineBatchNP50Ms()),
                millis(latency.batchNP50Ms())));
        rows.add(List.of("speed-up, batch 1 [95% CI]", "", Formats.speedUp(latency.speedUp(), latency.speedUpCi95())));
        rows.add(List.of("speed-up, batch " + latency.batchSize() + " [95% CI]", "",
                Formats.speedUp(latency.batchNSpeedUp(), latency.batchNSpeedUpCi95())));
    }

    private static List<List<String>> checks(List<CheckReport> checks) {
        return checks.stream().map(check -> List.of(escape(check.description()), fraction(check.limit()),
                fraction(check.measured()), check.passed()
                        ? "<td class=\"pass\">passed</td>"
                        : "<td class=\"fail\">failed</td>")).toList();
    }

    private static List<List<String>> classes(CandidateMetrics metrics) {
        return metrics.perClassAccuracy().stream().map(c -> List.of(Html.escape(c.label()),
                Long.toString(c.support()), value(c.baseline()), value(c.candidate()),
                c.drop() == null ? "" : Formats.signed(c.drop()))).toList();
    }

    private static List<List<String>> escaped(List<List<String>> rows) {
        return rows.stream().map(row -> row.stream().map(Html::escape).toList()).toList();
    }

    private static String value(Double fraction) {
        return fraction == null ? "" : fraction(fraction);
    }

    private static String interval(List<Double> bounds, String format) {
        return String.format(Locale.ROOT, "[" + format + ", " + format + "]", bounds.get(0), bounds.get(1));
    }
}
