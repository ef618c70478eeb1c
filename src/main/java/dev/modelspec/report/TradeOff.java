package dev.modelspec.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A spec's models as accuracy against size, smallest first: the data of the trade-off chart. Size is
 * the SavedModel's deterministic tar.gz, what shipping the model costs; pruning shows there as well
 * as narrower storage. The <em>best trade-off</em> is the smallest candidate that passed every check
 * and {@code @ModelTest} (a candidate without any counts as passed), the more accurate one on equal
 * size; a model is on the <em>frontier</em> when no other model is at most as large and at least as
 * accurate, and better in one of the two.
 *
 * @param points the baseline (when it loaded) and every measured candidate, by size, then by accuracy
 *     descending; none for a regression, which has no accuracy
 * @param best the recipe of the best trade-off; null when no candidate passed
 */
public record TradeOff(List<Point> points, String best) {

    /**
     * One model.
     *
     * @param model the recipe's name, or {@code baseline}
     * @param baseline whether this is the baseline
     * @param gzipBytes the SavedModel's tar.gz bytes
     * @param accuracy top-1 accuracy
     * @param latency the candidate's latency against the baseline; null for the baseline or when not measured
     * @param passed whether every check and test passed (true for the baseline)
     * @param frontier whether no other model is both no larger and no less accurate, and better in one
     */
    public record Point(String model, boolean baseline, long gzipBytes, double accuracy, LatencyReport latency,
            boolean passed, boolean frontier) {}

    /** The name of the baseline's point. */
    public static final String BASELINE = "baseline";

    /** The trade-off of {@code spec}'s baseline and candidates. */
    public static TradeOff of(BaselineReport baseline, List<CandidateReport> candidates) {
        record Model(String name, boolean baseline, long bytes, double accuracy, LatencyReport latency, boolean passed) {}
        List<Model> models = new ArrayList<>();
        if (baseline.error() == null && baseline.accuracy() != null) {
            models.add(new Model(BASELINE, true, baseline.size().savedModelGzipBytes(), baseline.accuracy(), null, true));
        }
        candidates.stream().filter(candidate -> candidate.metrics() != null && candidate.metrics().accuracy() != null)
                .forEach(candidate -> models.add(new Model(
                candidate.recipe(), false, candidate.metrics().size().savedModelGzipBytes(),
                candidate.metrics().accuracy(), candidate.metrics().latency(), candidate.passed())));
        models.sort(Comparator.comparingLong(Model::bytes).thenComparing(Model::accuracy, Comparator.reverseOrder()));
        List<Point> points = models.stream().map(model -> new Point(model.name(), model.baseline(), model.bytes(),
                model.accuracy(), model.latency(), model.passed(), models.stream().noneMatch(other -> other != model
                        && other.bytes() <= model.bytes() && other.accuracy() >= model.accuracy()
                        && (other.bytes() < model.bytes() || other.accuracy() > model.accuracy()))))
                .toList();
        String best = points.stream().filter(point -> !point.baseline() && point.passed()).findFirst()
                .map(Point::model).orElse(null);
        return new TradeOff(points, best);
    }

    /** Whether any candidate was measured, so that there is a trade-off to show. */
    public boolean hasCandidates() {
        return points.stream().anyMatch(point -> !point.baseline());
    }
}
