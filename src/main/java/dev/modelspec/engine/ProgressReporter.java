package dev.modelspec.engine;

import dev.modelspec.workbench.Progress;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The engine's one printer: tells the console which spec, recipe and phase is running and how long
 * it took, e.g. {@code [modelspec] FashionCnnPruningSpec › magnitude80 › evaluate (at 1.2 s)}.
 */
final class ProgressReporter implements Progress {

    private final PrintStream out;
    private final LongSupplier nanoClock;
    private String subject = "";
    private long startedAt;

    ProgressReporter(PrintStream out, LongSupplier nanoClock) {
        this.out = out;
        this.nanoClock = nanoClock;
    }

    static ProgressReporter toConsole() {
        return new ProgressReporter(System.out, System::nanoTime);
    }

    /** Long work on {@code subject} begins. */
    void begin(String subject) {
        this.subject = subject;
        this.startedAt = nanoClock.getAsLong();
        print(subject);
    }

    @Override
    public void phase(String phase) {
        print(subject + " › " + phase + " (at " + elapsed() + ")");
    }

    /** Printed on a line of its own, e.g. {@code [modelspec] ⚠ the cached entry … is damaged …; rebuilding it}. */
    @Override
    public void warning(String message) {
        print("⚠ " + message);
    }

    /** The work on the current subject ended, successfully or not. */
    void end(boolean succeeded) {
        print(subject + (succeeded ? " done in " : " failed after ") + elapsed());
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

    private String elapsed() {
        return String.format(Locale.ROOT, "%.1f s", (nanoClock.getAsLong() - startedAt) / 1e9);
    }

    private void print(String line) {
        out.println("[modelspec] " + line);
        out.flush();
    }
}
