package dev.modelspec.report.text;

import dev.modelspec.report.EntryPublisher;
import dev.modelspec.report.ReportListener;
import dev.modelspec.report.SpecReport;
import dev.modelspec.report.TradeOff;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prints each spec's {@link SummaryTable} when the spec ends: the one place, besides the progress
 * lines, where ModelSpec writes to the console.
 *
 * <pre>
 * [modelspec] PruningSpec: baseline models/fake-cnn, 10 examples, 0.1 s
 * model        accuracy  Δ accuracy  p50 batch 1  ...
 * baseline       0.8501                 1.100 ms  ...
 * magnitude80    0.8400     -0.0101     0.960 ms  ...
 * [modelspec] failed: magnitude90: accuracy drop ≤ 0.020, measured 0.0322
 * [modelspec] PruningSpec accuracy vs size, smallest first (★ best trade-off: ...)
 *    model         gzip  accuracy  ...
 * ★  magnitude80  500 B    0.8400  ...
 * </pre>
 *
 * <p>The second part, the {@link TradeOffTable}, is printed when a candidate was measured.
 */
public final class ConsoleReport implements ReportListener {

    private static final String PREFIX = "[modelspec] ";
    private static final String GAP = "  ";

    private final PrintStream out;

    /** Prints to {@code out}. */
    public ConsoleReport(PrintStream out) {
        this.out = out;
    }

    /** Prints to {@link System#out}. */
    public static ConsoleReport toConsole() {
        return new ConsoleReport(System.out);
    }

    @Override
    public void specReported(SpecReport spec, EntryPublisher entries) {
        out.print(render(SummaryTable.of(spec)));
        TradeOff tradeOff = spec.tradeOff();
        if (tradeOff.hasCandidates()) {
            out.print(render(TradeOffTable.of(spec.simpleName(), tradeOff)));
        }
        out.flush();
    }

    /** The table as aligned text, then what failed. */
    static String render(SummaryTable table) {
        StringBuilder text = new StringBuilder(PREFIX).append(table.title()).append('\n')
                .append(aligned(table.header(), table.rows(), 1));
        table.failures().forEach(failure -> text.append(PREFIX).append("failed: ").append(failure).append('\n'));
        return text.toString();
    }

    /** The trade-off as aligned text: its marks and model names left-aligned. */
    static String render(TradeOffTable table) {
        return PREFIX + table.title() + '\n' + aligned(table.header(), table.rows(), 2);
    }

    /** The rows under the header, the first {@code leftColumns} left-aligned, the others right-aligned. */
    private static String aligned(List<String> header, List<List<String>> rows, int leftColumns) {
        List<List<String>> all = Stream.concat(Stream.of(header), rows.stream()).toList();
        int[] widths = new int[header.size()];
        for (List<String> row : all) {
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < widths.length; column++) {
                String cell = row.get(column);
                String padding = " ".repeat(widths[column] - cell.length());
                String gap = column == 0 ? "" : GAP;
                line.append(column < leftColumns ? gap + cell + padding : gap + padding + cell);
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }
}
