package dev.modelspec.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed ({@code kill -9}) in a JVM of its own while it writes a candidate into the cache, as a
 * CI job cancelled mid-build is: the next run on that cache never serves the half-written entry,
 * removes it as a leftover, builds the entry again, and passes with the numbers of a clean run.
 */
class KilledRunTest {

    private static final Duration WAIT_FOR_WRITING = Duration.ofMinutes(3);
    private static final int KILL_ATTEMPTS = 3;

    @TempDir
    Path work;

    @Test
    void theRunAfterAKillMidWriteRebuildsTheHalfWrittenEntryAndPassesWithCleanNumbers() throws Exception {
        RacingRun clean = RacingRun.on(work.resolve("clean-cache"), work.resolve("clean-reports"));
        assertThat(clean.events().failed().count()).isZero();

        Path cache = null;
        Path halfWritten = null;
        for (int attempt = 1; attempt <= KILL_ATTEMPTS && halfWritten == null; attempt++) {
            Path attemptWork = Files.createDirectories(work.resolve("killed-" + attempt));
            cache = attemptWork.resolve("cache-1");
            Process killed = start(attemptWork);
            Path writing = awaitHalfWrittenCandidate(cache, killed, attemptWork);
            killed.destroyForcibly();
            assertThat(killed.waitFor(1, TimeUnit.MINUTES)).as("the killed JVM ended").isTrue();
            if (staging(cache).contains(writing)) {
                halfWritten = writing; // else the entry was published before the kill landed: kill again
            }
        }
        assertThat(halfWritten).as("a kill landed while a candidate was written, in %d attempts", KILL_ATTEMPTS)
                .isNotNull();
        Path entry = halfWritten.resolveSibling(key(halfWritten));
        assertThat(entry).as("a half-written entry is never published").doesNotExist();
        for (Path leftover : staging(cache)) {
            Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minus(Leftovers.STALE).minusSeconds(1)));
        }

        RacingRun rerun = RacingRun.on(cache, work.resolve("rerun-reports"));

        assertThat(rerun.events().failed().count()).as(rerun.console()).isZero();
        assertThat(rerun.events().succeeded().filter(event -> event.getTestDescriptor().isTest()).count())
                .isEqualTo(4);
        assertThat(rerun.console()).contains("leftovers of interrupted runs or older versions")
                .doesNotContain("is damaged");
        assertThat(staging(cache)).as("the leftovers were removed").isEmpty();
        assertThat(entry.resolve(EntryManifest.FILE)).as("the entry was built again, completely").isRegularFile();
        assertThat(SharedCacheRunsTest.numbers(work.resolve("rerun-reports")))
                .isEqualTo(SharedCacheRunsTest.numbers(work.resolve("clean-reports")));
    }

    /** Runs {@link SharedCacheRun} alone for one round: it writes into {@code work/cache-1}. */
    private static Process start(Path work) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Dai.djl.offline=true", "-Dallure.results.directory=" + work.resolve("allure-results"),
                SharedCacheRun.class.getName(), work.toString(), "killed", "1", "killed")
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("log-killed").toFile());
        builder.environment().put("TF_CPP_MIN_LOG_LEVEL", "2");
        return builder.start();
    }

    /** The first staging directory of a candidate that already holds a file: a write in progress. */
    private static Path awaitHalfWrittenCandidate(Path cache, Process run, Path work)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(WAIT_FOR_WRITING);
        while (Instant.now().isBefore(deadline)) {
            Optional<Path> writing = staging(cache.resolve("candidates")).stream().filter(KilledRunTest::holdsAFile)
                    .findFirst();
            if (writing.isPresent()) {
                return writing.get();
            }
            if (!run.isAlive()) {
                throw new AssertionError("the run ended before it wrote a candidate:\n"
                        + Files.readString(work.resolve("log-killed")));
            }
            Thread.sleep(2);
        }
        run.destroyForcibly();
        throw new AssertionError("the run wrote no candidate within " + WAIT_FOR_WRITING);
    }

    private static boolean holdsAFile(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.anyMatch(Files::isRegularFile);
        } catch (IOException e) {
            return false; // published or removed meanwhile
        }
    }

    private static List<Path> staging(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(directory, 2)) {
            return walk.filter(path -> path.getFileName().toString().startsWith(Leftovers.STAGING_PREFIX)).toList();
        } catch (IOException e) {
            return List.of(); // a directory was published or removed while walking
        }
    }

    /** {@code .staging-KEY-123} → {@code KEY}. */
    private static String key(Path staging) {
        String name = staging.getFileName().toString().substring(Leftovers.STAGING_PREFIX.length());
        return name.substring(0, name.indexOf('-'));
    }
}
