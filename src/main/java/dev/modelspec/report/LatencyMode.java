package dev.modelspec.report;

import dev.modelspec.api.Candidate;
import dev.modelspec.metrics.latency.LatencyComparison;
import java.util.Locale;
import java.util.Optional;

/**
 * When reports show latency ({@code modelspec.latency}). By default every candidate's latency is
 * measured, within the engine's short latency budget ({@code modelspec.latency.budget}), once per
 * candidate: a check or test that asks for it gets the same comparison.
 */
public enum LatencyMode {

    /** Show latency where a check or test already measured it; never measure for the report. */
    AUTO,
    /** Measure every candidate's latency for the report, unless a check or test already did: the default. */
    ALWAYS,
    /** Never show latency, even where measured: keeps reports identical across runs. */
    NEVER;

    /** The latency to report for {@code candidate}: measures it only in {@link #ALWAYS}. */
    public Optional<LatencyComparison> reported(Candidate candidate) {
        return switch (this) {
            case AUTO -> candidate.measuredLatency();
            case ALWAYS -> Optional.of(candidate.latency());
            case NEVER -> Optional.empty();
        };
    }

    /** The mode named {@code value} ({@code auto}, {@code always}, {@code never}, any case), if any. */
    public static Optional<LatencyMode> parse(String value) {
        for (LatencyMode mode : values()) {
            if (mode.name().equals(value.trim().toUpperCase(Locale.ROOT))) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
