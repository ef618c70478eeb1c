package dev.modelspec.report.text;

import static dev.modelspec.report.text.Formats.bytes;
import static dev.modelspec.report.text.Formats.fraction;

import dev.modelspec.report.LatencyReport;
import dev.modelspec.report.TradeOff;
import dev.modelspec.report.TradeOff.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The trade-off chart as text for the console: one row per model, smallest SavedModel tar.gz first,
 * marked {@value #BEST} for the best trade-off and {@value #FRONTIER} for the rest of the frontier.
 *
 * @param title what the rows show and what the marks mean
 * @param header the column names
 * @param rows one row per model
 */
record TradeOffTable(String title, List<String> header, List<List<String>> rows) {

    static final String BEST = "★";
    static final String FRONTIER = "◆";

    static TradeOffTable of(String spec, TradeOff tradeOff) {
        String batch = "batch " + tradeOff.points().stream().map(Point::latency).filter(l -> l != null).findFirst()
                .map(l -> Integer.toString(l.batchSize())).orElse("N");
        List<List<String>> rows = new ArrayList<>();
        for (Point point : tradeOff.points()) {
            Optional<LatencyReport> latency = Optional.ofNullable(point.latency());
            String mark = point.model().equals(tradeOff.best()) && !point.baseline() ? BEST
                    : point.frontier() ? FRONTIER : "";
            rows.add(List.of(mark, point.model(), bytes(point.gzipBytes()), fraction(point.accuracy()),
                    point.baseline() ? "" : latency.map(l -> Formats.times(l.speedUp())).orElse(SummaryTable.NOT_MEASURED),
                    point.baseline() ? "" : latency.map(l -> Formats.times(l.batchNSpeedUp())).orElse(SummaryTable.NOT_MEASURED),
                    point.baseline() ? "" : point.passed() ? "passed" : "failed"));
        }
        return new TradeOffTable(spec + " accuracy vs size, smallest first (" + BEST + " best trade-off: the smallest"
                + " that passed every check and test; " + FRONTIER + " frontier: nothing smaller is as accurate)",
                List.of("", "model", "gzip", "accuracy", "speed-up batch 1", "speed-up " + batch, "checks"),
                List.copyOf(rows));
    }
}
