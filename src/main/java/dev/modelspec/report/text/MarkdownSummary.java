package dev.modelspec.report.text;

import dev.modelspec.report.ReportFile;
import dev.modelspec.report.ReportListener;
import dev.modelspec.report.RunReport;
import dev.modelspec.report.SpecReport;
import dev.modelspec.report.TradeOff;
import dev.modelspec.report.chart.TradeOffChart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes every spec's {@link SummaryTable} as {@code summary.md} in the report directory at the end of
 * the run, atomically; append it to {@code $GITHUB_STEP_SUMMARY} for a CI job summary. Each spec
 * with a measured candidate also gets its {@link TradeOffChart} as a PNG next to the file, {@code
 * trade-off-<spec class>.png}, linked under its table.
 */
public final class MarkdownSummary implements ReportListener {

    /** The file name in the report directory. */
    public static final String FILE_NAME = "summary.md";

    private final Path directory;

    /** Writes into {@code reportDirectory}. */
    public MarkdownSummary(Path reportDirectory) {
        this.directory = reportDirectory;
    }

    /** The file name of {@code spec}'s trade-off chart, next to {@value #FILE_NAME}. */
    public static String chartFileName(SpecReport spec) {
        return "trade-off-" + spec.spec() + ".png";
    }

    @Override
    public void runReported(RunReport run) throws IOException {
        for (SpecReport spec : run.specs()) {
            TradeOff tradeOff = spec.tradeOff();
            if (tradeOff.hasCandidates()) {
                ReportFile.write(directory.resolve(chartFileName(spec)), TradeOffChart.png(spec.simpleName(), tradeOff));
            }
        }
        ReportFile.write(directory.resolve(FILE_NAME), render(run).getBytes(StandardCharsets.UTF_8));
    }

    /** The Markdown of {@code run}. */
    static String render(RunReport run) {
        StringBuilder markdown = new StringBuilder("# ModelSpec report\n");
        for (SpecReport spec : run.specs()) {
            SummaryTable table = SummaryTable.of(spec);
            markdown.append("\n## ").append(escape(table.title())).append("\n\n");
            markdown.append(row(table.header()));
            markdown.append("|:---").append("|---:".repeat(table.header().size() - 1)).append("|\n");
            table.rows().forEach(row -> markdown.append(row(row)));
            if (spec.tradeOff().hasCandidates()) {
                markdown.append("\n![accuracy vs size of ").append(escape(spec.simpleName())).append("](")
                        .append(chartFileName(spec)).append(")\n\n").append(bestTradeOff(spec)).append('\n');
            }
            if (!table.failures().isEmpty()) {
                markdown.append("\nFailed:\n\n");
                table.failures().forEach(failure -> markdown.append("- ").append(escape(failure)).append('\n'));
            }
        }
        markdown.append(String.format(Locale.ROOT, "%nModelSpec %s, DJL %s, TensorFlow %s, Java %s; %.1f s.%n",
                run.versions().modelspec(), run.versions().djl(), run.versions().tensorflow(), run.versions().java(),
                run.timings().seconds()));
        return markdown.toString();
    }

    private static String bestTradeOff(SpecReport spec) {
        return spec.tradeOff().points().stream().filter(point -> point.model().equals(spec.bestTradeOff())
                        && !point.baseline())
                .findFirst()
                .map(best -> String.format(Locale.ROOT, "Best trade-off: **%s**, the smallest candidate that passed"
                        + " every check and test: %s gzip, accuracy %s.", escape(best.model()),
                        Formats.bytes(best.gzipBytes()), Formats.fraction(best.accuracy())))
                .orElse("No candidate passed every check and test.");
    }

    private static String row(List<String> cells) {
        return cells.stream().map(MarkdownSummary::escape).collect(Collectors.joining(" | ", "| ", " |\n"));
    }

    private static String escape(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
