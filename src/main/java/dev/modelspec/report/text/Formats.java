package dev.modelspec.report.text;

import java.util.List;
import java.util.Locale;

/** How reports write numbers for people, the same in every table. */
public final class Formats {

    private static final double KIB = 1024;

    private Formats() {}

    /** {@code 0.8734}: accuracies, agreement. */
    public static String fraction(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /** {@code -0.0148}: changes, always with a sign. */
    public static String signed(double value) {
        return String.format(Locale.ROOT, "%+.4f", value);
    }

    /** {@code 0.007673}: values without a natural scale, such as a mean squared error, to four significant digits. */
    public static String magnitude(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }

    /** {@code +0.001250}: a change of such a value, always with a sign. */
    public static String signedMagnitude(double value) {
        return String.format(Locale.ROOT, "%+.4g", value);
    }

    /** {@code 50.0%}. */
    public static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }

    /**
     * {@code -52.3%}: a {@link dev.modelspec.report.SizeReduction} (fraction saved) as the change in size;
     * {@code –} when undefined.
     */
    public static String reduction(Double saved) {
        return saved == null ? SummaryTable.NOT_MEASURED : String.format(Locale.ROOT, "%+.1f%%", -100 * saved);
    }

    /** {@code 0.412 ms}. */
    public static String millis(double value) {
        return String.format(Locale.ROOT, "%.3f ms", value);
    }

    /**
     * {@code 1.08× [0.95–1.22]}: how many times faster, with its 95% interval; {@code –} when the
     * candidate took no measurable time.
     */
    public static String speedUp(Double speedUp, List<Double> speedUpCi95) {
        return speedUp == null || speedUpCi95 == null ? SummaryTable.NOT_MEASURED
                : String.format(Locale.ROOT, "%.2f× [%.2f–%.2f]", speedUp, speedUpCi95.get(0), speedUpCi95.get(1));
    }

    /** {@code 1.08×}: how many times faster, without the interval. */
    public static String times(Double speedUp) {
        return speedUp == null ? SummaryTable.NOT_MEASURED : String.format(Locale.ROOT, "%.2f×", speedUp);
    }

    /** {@code 3.1e-12}: p-values. */
    public static String probability(double value) {
        return String.format(Locale.ROOT, value < 1e-3 ? "%.1e" : "%.4f", value);
    }

    /** {@code 512 B}, {@code 17.9 KiB}, {@code 1.25 MiB}. */
    public static String bytes(long bytes) {
        if (bytes < KIB) {
            return bytes + " B";
        }
        return bytes < KIB * KIB
                ? String.format(Locale.ROOT, "%.1f KiB", bytes / KIB)
                : String.format(Locale.ROOT, "%.2f MiB", bytes / (KIB * KIB));
    }
}
