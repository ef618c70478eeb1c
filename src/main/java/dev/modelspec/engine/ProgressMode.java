package dev.modelspec.engine;

import java.util.Locale;
import java.util.Optional;

/** How much the engine tells the console while it works ({@value ModelSpecConstants#PROGRESS}). */
public enum ProgressMode {

    /**
     * The default: when each baseline and recipe starts and ends, every check's verdict, and a phase
     * of long work (such as a fine-tuning step) only when the console has been silent for {@link
     * ProgressReporter#AUTO_HEARTBEAT_SECONDS} seconds.
     */
    AUTO,
    /** Nothing while the run goes on; the results table and failures still print. */
    QUIET,
    /**
     * Every phase of every piece of work; SLF4J's own warnings (such as "No SLF4J providers were
     * found") are left alone.
     */
    VERBOSE;

    /** The mode named {@code value} ({@code auto}, {@code quiet}, {@code verbose}, any case), if any. */
    public static Optional<ProgressMode> parse(String value) {
        for (ProgressMode mode : values()) {
            if (mode.name().equals(value.trim().toUpperCase(Locale.ROOT))) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
