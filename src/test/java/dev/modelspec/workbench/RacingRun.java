package dev.modelspec.workbench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.modelspec.engine.ModelSpecTestEngine;
import dev.modelspec.workbench.fixtures.RacingRunsSpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * One in-process run of {@link RacingRunsSpec} on a given cache, as {@link SharedCacheRun} runs it in a
 * JVM of its own (latency never measured, since timings differ run to run; progress verbose, since
 * cache housekeeping shows as a phase), with what it printed.
 */
record RacingRun(Events events, String console) {

    /** Runs the spec with {@code cache} and {@code reports} as the cache and report directories. */
    static RacingRun on(Path cache, Path reports) {
        PrintStream console = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Events events = EngineTestKit.engine(new ModelSpecTestEngine())
                    .selectors(selectClass(RacingRunsSpec.class))
                    .configurationParameter("modelspec.latency", "never")
                    .configurationParameter("modelspec.progress", "verbose")
                    .configurationParameter("modelspec.cache.dir", cache.toString())
                    .configurationParameter("modelspec.report.dir", reports.toString())
                    .execute()
                    .allEvents();
            return new RacingRun(events, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(console);
            console.print(captured.toString(StandardCharsets.UTF_8));
        }
    }

    /** How many tests of the run failed. */
    long failures() {
        return events.failed().count();
    }
}
