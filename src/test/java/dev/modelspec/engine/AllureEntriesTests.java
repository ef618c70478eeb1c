package dev.modelspec.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.modelspec.engine.fixtures.PruningSpec;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * {@code allure.parameter} entries are published only for Allure's listener: without Allure they
 * would be a third of what the Console Launcher prints. This module's test classpath has Allure, so
 * the case without it runs in a JVM whose classpath leaves Allure out.
 */
class AllureEntriesTests {

    @Test
    void publishedWhenAllureListens() {
        assertThat(EntryCounts.of(events())).isEqualTo("checks 6, allure parameters 14");
    }

    @Test
    void notPublishedWithoutAllure() throws Exception {
        assertThat(runWithoutAllure()).isEqualTo("checks 6, allure parameters 0");
    }

    private static Events events() {
        return EngineTestKit.engine(new ModelSpecTestEngine(new FakeWorkbench(), mode -> ProgressReporter.toConsole(
                ProgressMode.QUIET))).selectors(selectClass(PruningSpec.class)).execute().allEvents();
    }

    private static String runWithoutAllure() throws IOException, InterruptedException {
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains(File.separator + "allure"))
                .collect(Collectors.joining(File.pathSeparator));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, EntryCounts.class.getName()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().reduce((first, second) -> second).orElse("");
    }

    /** Runs the pruning fixture and prints how many check and Allure parameter entries it published. */
    static final class EntryCounts {

        public static void main(String[] args) {
            System.out.println(of(events()));
        }

        static String of(Events events) {
            long checks = count(events, "check");
            long allure = count(events, SpecNode.ALLURE_PARAMETER);
            return "checks " + checks + ", allure parameters " + allure;
        }

        private static long count(Events events, String key) {
            return events.reportingEntryPublished().stream()
                    .map(event -> event.getRequiredPayload(ReportEntry.class))
                    .filter(entry -> entry.getKeyValuePairs().containsKey(key))
                    .count();
        }
    }
}
