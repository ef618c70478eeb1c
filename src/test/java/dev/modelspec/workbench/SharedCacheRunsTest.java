package dev.modelspec.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs started together on one fresh cache directory, each in a JVM of its own (as two Surefire
 * forks or CI jobs sharing a cache), ten rounds in a row (system property {@code
 * modelspec.sharedCacheRounds}): both pass every round with identical numbers, the same numbers
 * every round, and leave no staging directory behind. Each round's cache starts empty, so the two
 * race to write every entry.
 */
class SharedCacheRunsTest {

    private static final int ROUNDS = Integer.getInteger("modelspec.sharedCacheRounds", 10);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void twoJvmsOnOneCachePassWithIdenticalNumbersRoundAfterRound(@TempDir Path work) throws Exception {
        Process a = start(work, "a", "b");
        Process b = start(work, "b", "a");
        for (Process run : List.of(a, b)) {
            assertThat(run.waitFor(10, TimeUnit.MINUTES)).as("the runs finished").isTrue();
        }
        assertThat(a.exitValue()).as("run a:%n%s", Files.readString(work.resolve("log-a"))).isZero();
        assertThat(b.exitValue()).as("run b:%n%s", Files.readString(work.resolve("log-b"))).isZero();

        JsonNode firstRound = numbers(work.resolve("reports-1-a"));
        assertThat(firstRound.findValues("accuracy")).hasSize(3);
        for (int round = 1; round <= ROUNDS; round++) {
            assertThat(numbers(work.resolve("reports-" + round + "-a")))
                    .as("round %d: run a reports what round 1 reported", round).isEqualTo(firstRound);
            assertThat(numbers(work.resolve("reports-" + round + "-b")))
                    .as("round %d: run b reports what run a reported", round).isEqualTo(firstRound);
            assertThat(stagingLeftovers(work.resolve("cache-" + round))).as("round %d", round).isEmpty();
        }
        assertThat(Files.readString(work.resolve("log-a")) + Files.readString(work.resolve("log-b")))
                .as("no run found a damaged entry").doesNotContain("is damaged");
    }

    private static Process start(Path work, String name, String other) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Dai.djl.offline=true", "-Dallure.results.directory=" + work.resolve("allure-results-" + name),
                SharedCacheRun.class.getName(), work.toString(), name,
                Integer.toString(ROUNDS), other)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("log-" + name).toFile());
        builder.environment().put("TF_CPP_MIN_LOG_LEVEL", "2");
        return builder.start();
    }

    /** The report's baseline and candidate numbers, without paths and timings. */
    static JsonNode numbers(Path reports) throws IOException {
        JsonNode spec = JSON.readTree(Files.readString(reports.resolve("report.json"), StandardCharsets.UTF_8))
                .get("specs").get(0);
        ObjectNode numbers = JSON.createObjectNode();
        numbers.set("baseline", ((ObjectNode) spec.get("baseline").deepCopy()).without(List.of("path")));
        spec.get("candidates").forEach(candidate -> numbers.set(candidate.get("recipe").asText(),
                candidate.get("metrics").deepCopy()));
        return numbers;
    }

    private static List<Path> stagingLeftovers(Path cache) throws IOException {
        try (Stream<Path> walk = Files.walk(cache)) {
            return walk.filter(path -> path.getFileName().toString().startsWith(Leftovers.STAGING_PREFIX)
                    || path.getFileName().toString().startsWith(Leftovers.TRASH_PREFIX)).toList();
        }
    }
}
