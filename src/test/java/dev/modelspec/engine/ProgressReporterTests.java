package dev.modelspec.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** How much of long work each {@link ProgressMode} shows. */
class ProgressReporterTests {

    private static final long SECOND = 1_000_000_000L;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final AtomicLong clock = new AtomicLong();

    @Test
    void automaticProgressShowsAPhaseOnlyAfterTenSilentSeconds() {
        ProgressReporter progress = reporter(ProgressMode.AUTO);

        progress.begin("Spec › gradual");
        clock.addAndGet(4 * SECOND);
        progress.phase("fine-tune epoch 1/2 step 10/100");
        clock.addAndGet(7 * SECOND);
        progress.phase("fine-tune epoch 1/2 step 20/100");
        clock.addAndGet(2 * SECOND);
        progress.phase("fine-tune epoch 1/2 step 30/100");
        progress.end(true);

        assertThat(lines()).containsExactly("[modelspec] Spec › gradual",
                "[modelspec] Spec › gradual › fine-tune epoch 1/2 step 20/100 (at 11.0 s)",
                "[modelspec] Spec › gradual done in 13.0 s");
    }

    @Test
    void verboseProgressShowsEveryPhase() {
        ProgressReporter progress = reporter(ProgressMode.VERBOSE);

        progress.begin("Spec › gradual");
        clock.addAndGet(SECOND);
        progress.phase("compress");
        progress.end(false);

        assertThat(lines()).containsExactly("[modelspec] Spec › gradual",
                "[modelspec] Spec › gradual › compress (at 1.0 s)", "[modelspec] Spec › gradual failed after 1.0 s");
    }

    @Test
    void quietProgressShowsNothing() {
        ProgressReporter progress = reporter(ProgressMode.QUIET);

        progress.begin("Spec › gradual");
        clock.addAndGet(60 * SECOND);
        progress.phase("compress");
        progress.verdict("gradual", "sparsity ≥ 0.500: measured 0.5000", true);
        progress.note("search", "sparsity 0.5");
        progress.end(true);

        assertThat(console.size()).isZero();
    }

    @Test
    void modesParseInAnyCase() {
        assertThat(ProgressMode.parse(" Verbose ")).contains(ProgressMode.VERBOSE);
        assertThat(ProgressMode.parse("loud")).isEmpty();
    }

    private ProgressReporter reporter(ProgressMode mode) {
        return new ProgressReporter(new PrintStream(console, true, StandardCharsets.UTF_8), clock::get, mode);
    }

    private java.util.List<String> lines() {
        return console.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
