package dev.modelspec.engine;

import dev.modelspec.workbench.Progress;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The engine's one printer: tells the console which spec, recipe and phase is running and how long
 * it took, e.g. {@code [modelspec] FashionCnnPruningSpec › magnitude80 › evaluate (at 1.2 s)}, as
 * much of it as the {@link ProgressMode} asks for.
 */
final class ProgressReporter implements Progress {

    /** In {@link ProgressMode#AUTO}, a phase prints only after this long without a line. */
    static final int AUTO_HEARTBEAT_SECONDS = 10;

    private final PrintStream out;
    private final LongSupplier nanoClock;
    private final ProgressMode mode;
    private String subject = "";
    private long startedAt;
    private long lastPrintedAt;

    ProgressReporter(PrintStream out, LongSupplier nanoClock, ProgressMode mode) {
        this.out = out;
        this.nanoClock = nanoClock;
        this.mode = mode;
    }

    static ProgressReporter toConsole(ProgressMode mode) {
        return new ProgressReporter(System.out, System::nanoTime, mode);
    }

    /** Long work on {@code subject} begins. */
    void begin(String subject) {
        this.subject = subject;
        this.startedAt = nanoClock.getAsLong();
        print(subject);
    }

    /** Printed in {@link ProgressMode#VERBOSE}, and in {@link ProgressMode#AUTO} after a silence. */
    @Override
    public void phase(String phase) {
        long now = nanoClock.getAsLong();
        if (mode == ProgressMode.VERBOSE
                || mode == ProgressMode.AUTO && now - lastPrintedAt >= AUTO_HEARTBEAT_SECONDS * 1_000_000_000L) {
            print(subject + " › " + phase + " (at " + seconds(now - startedAt) + ")");
        }
    }

    /** Printed on a line of its own, e.g. {@code [modelspec] ⚠ the cached entry … is damaged …; rebuilding it}. */
    @Override
    public void warning(String message) {
        print("⚠ " + message);
    }

    /** The work on the current subject ended, successfully or not. */
    void end(boolean succeeded) {
        print(subject + (succeeded ? " done in " : " failed after ") + seconds(nanoClock.getAsLong() - startedAt));
    }

    /**
     * A check's verdict, e.g. {@code [modelspec] ✓ magnitude80 accuracy drop ≤ 0.020: measured 0.0031
     * (0.8501 → 0.8470)}. Printed while the check runs, so Surefire keeps it in the test's
     * {@code system-out}: the XML carries the numbers of passing checks too.
     */
    void verdict(String recipe, String sentence, boolean passed) {
        print((passed ? "✓ " : "✗ ") + recipe + " " + sentence);
    }

    /** A measured fact that is no verdict, e.g. one point of a search. */
    void note(String subject, String sentence) {
        print("· " + subject + " " + sentence);
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    private void print(String line) {
        if (mode == ProgressMode.QUIET) {
            return;
        }
        lastPrintedAt = nanoClock.getAsLong();
        out.println("[modelspec] " + line);
        out.flush();
    }
}
