package dev.modelspec.assertions.error;

import dev.modelspec.metrics.comparison.McNemarTest;
import dev.modelspec.metrics.stats.ConfidenceInterval;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * The arithmetic and number formats every ModelSpec message uses: limits with 3 decimals,
 * measurements with 4, comparisons with {@value #SLACK} slack for floating-point rounding.
 */
public final class Numbers {

    /** How much a measurement may pass a limit by rounding alone and still count as within it. */
    public static final double SLACK = 1e-9;

    private Numbers() {}

    /** Whether {@code measured} is at most {@code limit}, up to {@link #SLACK}. */
    public static boolean atMost(double measured, double limit) {
        return measured <= limit + SLACK;
    }

    /** Whether {@code measured} is at least {@code limit}, up to {@link #SLACK}. */
    public static boolean atLeast(double measured, double limit) {
        return measured >= limit - SLACK;
    }

    /** The accuracy lost as a fraction of the baseline accuracy; 0 when the baseline accuracy is 0. */
    public static double relativeDrop(double baseline, double candidate) {
        return baseline == 0 ? 0 : (baseline - candidate) / baseline;
    }

    /**
     * Whether McNemar's test shows the candidate significantly worse at level {@code alpha}: more
     * regressions than improvements and {@code p < alpha}. Significantly <em>better</em> is fine.
     */
    public static boolean significantlyWorse(McNemarTest test, double alpha) {
        return test.regressions() > test.improvements() && test.pValue() < alpha;
    }

    /** A limit such as a tolerance, e.g. {@code 0.020}. */
    public static String limit(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** A measured value, e.g. {@code 0.0322}. */
    public static String measured(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /** A change from one measured value to another, e.g. {@code (0.8501 → 0.8179)}. */
    public static String change(double from, double to) {
        return "(" + arrow(from, to) + ")";
    }

    /** Two measured values, e.g. {@code 0.8501 → 0.8179}. */
    public static String arrow(double from, double to) {
        return measured(from) + " → " + measured(to);
    }

    /** A confidence interval, e.g. {@code 95% CI 0.0281…0.0363}. */
    public static String interval(ConfidenceInterval interval) {
        return interval(interval, Numbers::measured);
    }

    /** A confidence interval with its bounds written by {@code format}, e.g. {@code 95% CI 0.02710…0.03550}. */
    public static String interval(ConfidenceInterval interval, DoubleFunction<String> format) {
        String level = plain(interval.level() * 100);
        return level + "% CI " + format.apply(interval.lower()) + "…" + format.apply(interval.upper());
    }

    /**
     * A measured or limit value without a natural scale (a mean squared error is in the targets' unit
     * squared), with four significant digits, e.g. {@code 0.03125} or {@code 1.250e+06}.
     */
    public static String significant(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }

    /** A p-value: 4 decimals, or 2 significant digits below 0.0001, e.g. {@code 0.0312} or {@code 3.1e-07}. */
    public static String pValue(double p) {
        return p > 0 && p < 1e-4 ? String.format(Locale.ROOT, "%.1e", p) : measured(p);
    }

    /** A percentile label, e.g. {@code p99} or {@code p99.9}. */
    public static String percentile(double percentile) {
        return "p" + plain(percentile);
    }

    /** A duration limit in milliseconds, e.g. {@code 5.000 ms}. */
    public static String limitMillis(Duration duration) {
        return limit(duration.toNanos() / 1e6) + " ms";
    }

    /** A measured duration in milliseconds, e.g. {@code 4.2170 ms}. */
    public static String measuredMillis(double nanos) {
        return measured(nanos / 1e6) + " ms";
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
