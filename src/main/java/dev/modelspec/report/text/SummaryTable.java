package dev.modelspec.report.text;

import static dev.modelspec.report.text.Formats.bytes;
import static dev.modelspec.report.text.Formats.fraction;
import static dev.modelspec.report.text.Formats.millis;

import dev.modelspec.report.BaselineReport;
import dev.modelspec.report.CandidateMetrics;
import dev.modelspec.report.CandidateReport;
import dev.modelspec.report.CheckReport;
import dev.modelspec.report.LatencyReport;
import dev.modelspec.report.MultiLabelReport;
import dev.modelspec.report.RegressionReport;
import dev.modelspec.report.SizeReduction;
import dev.modelspec.report.SizeReport;
import dev.modelspec.report.SpecReport;
import dev.modelspec.report.TestReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One spec as a table, one row per model (baseline first), then what failed. Its quality columns are
 * the accuracy of classifiers, the mean squared error of regressions and the micro-F1 of multi-label
 * models. Cells are text, ready
 * for the console or Markdown; {@value #NOT_MEASURED} marks latency that was not measured.
 *
 * @param title the spec, its baseline and how long it ran
 * @param header the column names
 * @param rows one row per model
 * @param failures one line per failed check, failed recipe or failed baseline
 */
public record SummaryTable(String title, List<String> header, List<List<String>> rows, List<String> failures) {

    /** The cell of a latency that was not measured. */
    public static final String NOT_MEASURED = "–";

    private static final int COLUMNS = 12;

    /** The {@link CheckReport#name()} of the largest drop of any one class's accuracy. */
    private static final String CLASS_ACCURACY_DROP = "class-accuracy-drop";

    /** The table of {@code spec}. */
    public static SummaryTable of(SpecReport spec) {
        BaselineReport baseline = spec.baseline();
        Optional<LatencyReport> firstLatency = spec.candidates().stream()
                .map(CandidateReport::metrics)
                .filter(Objects::nonNull)
                .map(CandidateMetrics::latency)
                .filter(Objects::nonNull)
                .findFirst();
        String batch = "batch " + firstLatency.map(latency -> Integer.toString(latency.batchSize())).orElse("N");
        String quality = baseline.regression() != null ? "MSE" : baseline.multiLabel() != null ? "micro-F1" : "accuracy";
        List<String> header = List.of("model", quality, "Δ " + quality,
                "p50 batch 1", "speed-up batch 1",
                "p50 " + batch, "speed-up " + batch, "SavedModel", "Δ SavedModel", "gzip", "Δ gzip", "sparsity");
        List<List<String>> rows = new ArrayList<>();
        rows.add(baselineRow(baseline, firstLatency));
        spec.candidates().forEach(candidate -> rows.add(candidateRow(candidate)));
        return new SummaryTable(title(spec), header, List.copyOf(rows), failures(spec));
    }

    private static String title(SpecReport spec) {
        BaselineReport baseline = spec.baseline();
        String examples = baseline.examples() == null ? "" : ", " + baseline.examples() + " examples";
        return spec.simpleName() + ": baseline " + baseline.name() + examples
                + String.format(Locale.ROOT, ", %.1f s", spec.seconds());
    }

    private static List<String> baselineRow(BaselineReport baseline, Optional<LatencyReport> latency) {
        if (baseline.error() != null) {
            return row("baseline", "failed");
        }
        SizeReport size = baseline.size();
        String quality = baseline.regression() != null ? Formats.magnitude(baseline.regression().mse())
                : baseline.multiLabel() != null ? fraction(baseline.multiLabel().microF1()) : fraction(baseline.accuracy());
        return List.of("baseline", quality, "",
                latency.map(l -> millis(l.baselineBatch1P50Ms())).orElse(NOT_MEASURED), "",
                latency.map(l -> millis(l.baselineBatchNP50Ms())).orElse(NOT_MEASURED), "",
                bytes(size.savedModelBytes()), "", bytes(size.savedModelGzipBytes()), "", "");
    }

    private static List<String> candidateRow(CandidateReport candidate) {
        CandidateMetrics metrics = candidate.metrics();
        if (metrics == null) {
            return row(candidate.recipe(), "failed");
        }
        Optional<LatencyReport> latency = Optional.ofNullable(metrics.latency());
        SizeReport size = metrics.size();
        SizeReduction reduction = metrics.sizeReduction();
        RegressionReport regression = metrics.regression();
        MultiLabelReport labels = metrics.multiLabel();
        return List.of(candidate.recipe(),
                regression != null ? Formats.magnitude(regression.mse())
                        : labels != null ? fraction(labels.microF1()) : fraction(metrics.accuracy()),
                regression != null ? Formats.signedMagnitude(regression.mseIncrease())
                        : labels != null ? Formats.signed(-labels.microF1Drop()) : Formats.signed(metrics.accuracyDelta()),
                latency.map(l -> millis(l.batch1P50Ms())).orElse(NOT_MEASURED),
                latency.map(l -> Formats.speedUp(l.speedUp(), l.speedUpCi95())).orElse(NOT_MEASURED),
                latency.map(l -> millis(l.batchNP50Ms())).orElse(NOT_MEASURED),
                latency.map(l -> Formats.speedUp(l.batchNSpeedUp(), l.batchNSpeedUpCi95())).orElse(NOT_MEASURED),
                bytes(size.savedModelBytes()), Formats.reduction(reduction.savedModel()),
                bytes(size.savedModelGzipBytes()), Formats.reduction(reduction.savedModelGzip()),
                Formats.percent(metrics.sparsity()));
    }

    /** A row of {@code model} and {@code first}, the other cells empty. */
    private static List<String> row(String model, String first) {
        List<String> cells = new ArrayList<>(List.of(model, first));
        while (cells.size() < COLUMNS) {
            cells.add("");
        }
        return List.copyOf(cells);
    }

    /** {@code  on class 6 (Shirt)} after a failed class accuracy drop: which class lost the most. */
    private static String worstClass(CheckReport check, CandidateMetrics metrics) {
        boolean perClass = check.name().equals(CLASS_ACCURACY_DROP);
        return perClass && metrics != null && metrics.worstClassDrop() != null
                ? " on class " + metrics.worstClassDrop().label() : "";
    }

    private static List<String> failures(SpecReport spec) {
        List<String> failures = new ArrayList<>();
        if (spec.baseline().error() != null) {
            failures.add("baseline: " + spec.baseline().error());
        }
        for (CandidateReport candidate : spec.candidates()) {
            if (candidate.error() != null) {
                failures.add(candidate.recipe() + ": " + candidate.error());
            }
            if (candidate.metrics() != null && candidate.metrics().latencyError() != null) {
                failures.add(candidate.recipe() + ": latency not measured: " + candidate.metrics().latencyError());
            }
            for (CheckReport check : candidate.checks()) {
                if (!check.passed()) {
                    failures.add(candidate.recipe() + ": " + check.description() + ", measured "
                            + fraction(check.measured()) + worstClass(check, candidate.metrics()));
                }
            }
            for (TestReport test : candidate.tests()) {
                if (!test.passed()) {
                    failures.add(candidate.recipe() + ": @ModelTest " + test.name() + ": " + test.message());
                }
            }
        }
        return List.copyOf(failures);
    }
}
