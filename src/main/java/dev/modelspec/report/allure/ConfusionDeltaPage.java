package dev.modelspec.report.allure;

import dev.modelspec.metrics.classification.ConfusionMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Candidate minus baseline confusion counts as an HTML table: rows are true classes, columns
 * predicted classes. Where counts grew, the diagonal (more right) is green and elsewhere (more
 * wrong) red; where they shrank, the other way round. Stronger colour, larger change.
 */
final class ConfusionDeltaPage {

    private ConfusionDeltaPage() {}

    /**
     * The page of {@code candidate} minus {@code baseline}, its classes named from {@code classNames}
     * (by label; empty when the data names no classes).
     *
     * @throws IllegalArgumentException if the matrices have different class counts
     */
    static byte[] of(ConfusionMatrix baseline, ConfusionMatrix candidate, List<String> classNames) {
        int classes = baseline.classes();
        if (candidate.classes() != classes) {
            throw new IllegalArgumentException("Baseline has " + classes + " classes, candidate " + candidate.classes());
        }
        long[][] delta = new long[classes][classes];
        long largest = 1;
        for (int t = 0; t < classes; t++) {
            for (int p = 0; p < classes; p++) {
                delta[t][p] = candidate.count(t, p) - baseline.count(t, p);
                largest = Math.max(largest, Math.abs(delta[t][p]));
            }
        }
        List<String> header = new ArrayList<>(List.of("true \\ predicted"));
        IntStream.range(0, classes).forEach(p -> header.add(Html.escape(label(p, classNames))));
        List<List<String>> rows = new ArrayList<>();
        for (int t = 0; t < classes; t++) {
            List<String> row = new ArrayList<>(List.of(Html.escape(label(t, classNames))));
            for (int p = 0; p < classes; p++) {
                row.add(cell(delta[t][p], t == p, largest));
            }
            rows.add(row);
        }
        return new Html().heading("confusion matrix: candidate − baseline")
                .table(header, rows, "Counts of (true, predicted) pairs; green: more right or less wrong, "
                        + "red: more wrong or less right.")
                .bytes();
    }

    private static String label(int cls, List<String> classNames) {
        return cls < classNames.size() ? cls + " (" + classNames.get(cls) + ")" : Integer.toString(cls);
    }

    private static String cell(long delta, boolean diagonal, long largest) {
        if (delta == 0) {
            return "<td>0</td>";
        }
        boolean better = diagonal == delta > 0;
        double strength = 0.15 + 0.6 * Math.abs(delta) / largest;
        String colour = better ? "46, 125, 50" : "198, 40, 40";
        return String.format(Locale.ROOT, "<td style=\"background: rgba(%s, %.2f)\">%+d</td>", colour, strength, delta);
    }
}
