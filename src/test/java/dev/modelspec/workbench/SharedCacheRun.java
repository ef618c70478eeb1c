package dev.modelspec.workbench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.modelspec.workbench.fixtures.RacingRunsSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Test runs of {@link RacingRunsSpec} in a JVM of its own, as a Surefire fork of {@code mvn test}
 * runs them: {@code SharedCacheRun work name rounds other}. Round {@code r} starts when this run and
 * run {@code other} both reached it (a file barrier in {@code work}), uses the cache {@code
 * work/cache-r} and writes its reports to {@code work/reports-r-name}. Exits 0 when every test of
 * every round passed, 1 otherwise.
 */
public final class SharedCacheRun {

    private static final Duration BARRIER_TIMEOUT = Duration.ofMinutes(3);

    private SharedCacheRun() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Path work = Path.of(args[0]);
        String name = args[1];
        int rounds = Integer.parseInt(args[2]);
        String other = args[3];
        boolean passed = true;
        for (int round = 1; round <= rounds; round++) {
            awaitBoth(work, round, name, other);
            TestExecutionSummary summary = run(work.resolve("cache-" + round), work.resolve("reports-" + round + "-" + name));
            summary.getFailures().forEach(failure -> System.out.println(
                    "FAILED " + failure.getTestIdentifier().getUniqueId() + ": " + failure.getException()));
            System.out.println("round " + round + ": succeeded " + summary.getTestsSucceededCount() + ", failed "
                    + summary.getTotalFailureCount());
            passed &= summary.getTotalFailureCount() == 0 && summary.getTestsSucceededCount() > 0;
        }
        System.exit(passed ? 0 : 1);
    }

    private static TestExecutionSummary run(Path cache, Path reports) {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(RacingRunsSpec.class))
                .filters(EngineFilter.includeEngines("modelspec"))
                .configurationParameter("modelspec.latency", "never") // measured timings differ run to run
                .configurationParameter("modelspec.cache.dir", cache.toString())
                .configurationParameter("modelspec.report.dir", reports.toString())
                .build(), listener);
        return listener.getSummary();
    }

    private static void awaitBoth(Path work, int round, String name, String other)
            throws IOException, InterruptedException {
        Files.createFile(work.resolve("ready-" + round + "-" + name));
        Instant deadline = Instant.now().plus(BARRIER_TIMEOUT);
        while (!Files.exists(work.resolve("ready-" + round + "-" + other))) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("run " + other + " never reached round " + round);
            }
            Thread.sleep(10);
        }
    }
}
