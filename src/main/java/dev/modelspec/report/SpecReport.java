package dev.modelspec.report;

import java.util.List;

/**
 * One {@code @ModelSpec} class.
 *
 * @param spec the class's full name
 * @param seconds how long the spec ran
 * @param baseline its baseline
 * @param candidates its recipes that ran, in execution order
 * @param searches its searches that ran, in execution order
 * @param bestTradeOff the recipe of the {@link TradeOff#best() best trade-off}; null when none passed
 */
public record SpecReport(String spec, double seconds, BaselineReport baseline, List<CandidateReport> candidates,
        List<SearchReport> searches, String bestTradeOff) {

    /** The report of a spec, its best trade-off found among {@code candidates}. */
    public static SpecReport of(String spec, double seconds, BaselineReport baseline, List<CandidateReport> candidates,
            List<SearchReport> searches) {
        return new SpecReport(spec, seconds, baseline, candidates, searches,
                TradeOff.of(baseline, candidates).best());
    }

    /** The class's simple name, for tables. */
    public String simpleName() {
        return spec.substring(spec.lastIndexOf('.') + 1);
    }

    /** Accuracy against size of the baseline and every measured candidate. */
    public TradeOff tradeOff() {
        return TradeOff.of(baseline, candidates);
    }
}
