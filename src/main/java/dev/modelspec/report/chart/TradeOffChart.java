package dev.modelspec.report.chart;

import dev.modelspec.report.TradeOff;
import dev.modelspec.report.TradeOff.Point;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A spec's {@link TradeOff}: accuracy against SavedModel tar.gz size, one point per model, each
 * labelled with its speed-up at the larger batch size; the frontier as a dashed line, the best
 * trade-off as a green diamond, candidates that failed a check or test as red crosses.
 */
public final class TradeOffChart {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 500;
    private static final double KIB = 1024;
    /** Labels sit this share of the accuracy axis above their point. */
    private static final double LABEL_OFFSET = 0.05;
    /** Room around the points, as a share of their accuracy range (at least {@link #MIN_PADDING}). */
    private static final double PADDING = 0.2;
    private static final double MIN_PADDING = 0.001;
    private static final double X_MARGIN = 1.15;
    private static final Color PASSED = new Color(0x1F, 0x77, 0xB4);
    private static final Color FAILED = new Color(0xC6, 0x28, 0x28);
    private static final Color BEST = new Color(0x2E, 0x7D, 0x32);

    private TradeOffChart() {}

    /**
     * The PNG of {@code tradeOff}, titled with {@code spec}.
     *
     * @throws IllegalArgumentException if no candidate was measured
     */
    public static byte[] png(String spec, TradeOff tradeOff) {
        if (!tradeOff.hasCandidates()) {
            throw new IllegalArgumentException("No measured candidate to chart for " + spec);
        }
        String batch = tradeOff.points().stream().filter(p -> p.latency() != null).findFirst()
                .map(p -> ", labels: speed-up at batch " + p.latency().batchSize()).orElse("");
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title(spec + ": accuracy vs size" + batch)
                .xAxisTitle("SavedModel tar.gz, KiB").yAxisTitle("accuracy").build();
        double low = tradeOff.points().stream().mapToDouble(Point::accuracy).min().orElseThrow();
        double high = tradeOff.points().stream().mapToDouble(Point::accuracy).max().orElseThrow();
        double padding = Math.max(MIN_PADDING, PADDING * (high - low));
        double largest = tradeOff.points().stream().mapToDouble(p -> p.gzipBytes() / KIB).max().orElseThrow();
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(largest * X_MARGIN).setYAxisMin(low - padding)
                .setYAxisMax(high + 1.5 * padding).setYAxisDecimalPattern("0.000");
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Scatter).setMarkerSize(10)
                .setChartBackgroundColor(Color.WHITE);
        double offset = LABEL_OFFSET * (high - low + 2.5 * padding);
        List<Point> frontier = tradeOff.points().stream().filter(Point::frontier).toList();
        if (frontier.size() > 1) {
            series(chart, "frontier", frontier, SeriesMarkers.NONE, Color.GRAY).setXYSeriesRenderStyle(XYSeriesRenderStyle.Line)
                    .setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {6, 6}, 0));
        }
        add(chart, "baseline", tradeOff, Point::baseline, SeriesMarkers.SQUARE, Color.DARK_GRAY);
        add(chart, "passed", tradeOff, p -> !p.baseline() && p.passed() && !p.model().equals(tradeOff.best()),
                SeriesMarkers.CIRCLE, PASSED);
        add(chart, "failed a check or test", tradeOff, p -> !p.passed(), SeriesMarkers.CROSS, FAILED);
        add(chart, "best trade-off", tradeOff, p -> !p.baseline() && p.model().equals(tradeOff.best()),
                SeriesMarkers.DIAMOND, BEST);
        for (Point point : tradeOff.points()) {
            chart.addAnnotation(new AnnotationText(label(point), point.gzipBytes() / KIB, point.accuracy() + offset,
                    false));
        }
        return Png.of(chart);
    }

    private static void add(XYChart chart, String name, TradeOff tradeOff, Predicate<Point> selected, Marker marker,
            Color color) {
        List<Point> points = tradeOff.points().stream().filter(selected).toList();
        if (!points.isEmpty()) {
            series(chart, name, points, marker, color);
        }
    }

    private static XYSeries series(XYChart chart, String name, List<Point> points, Marker marker, Color color) {
        XYSeries series = chart.addSeries(name, points.stream().mapToDouble(p -> p.gzipBytes() / KIB).toArray(),
                points.stream().mapToDouble(Point::accuracy).toArray());
        series.setMarker(marker).setMarkerColor(color).setLineColor(color);
        return series;
    }

    /** {@code global50 1.41×}: the model and its speed-up at the larger batch size, if measured. */
    static String label(Point point) {
        if (point.latency() == null || point.latency().batchNSpeedUp() == null) {
            return point.model();
        }
        return String.format(Locale.ROOT, "%s %.2f×", point.model(), point.latency().batchNSpeedUp());
    }
}
