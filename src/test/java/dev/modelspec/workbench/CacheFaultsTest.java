package dev.modelspec.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Faults of the cache and the environment under a whole run of the real engine: a damaged cached
 * file is found and rebuilt with one warning naming its entry, leftovers of a killed run are
 * removed, and directories that cannot be written cost the disk cache or the report files, never a
 * test. Every run passes with the numbers of a clean run.
 */
class CacheFaultsTest {

    @TempDir
    Path cache;

    @TempDir
    Path work;

    private JsonNode clean;

    @BeforeEach
    void runOnceIntoAnEmptyCache() throws IOException {
        RacingRun first = RacingRun.on(cache, work.resolve("clean"));
        assertThat(first.failures()).isZero();
        assertThat(first.console()).doesNotContain("⚠");
        clean = SharedCacheRunsTest.numbers(work.resolve("clean"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"evaluations/*/evaluation.bin", "candidates/*/model/variables/variables.data-*",
        "candidates/*/model/saved_model.pb", "serving-copies/*/model/variables/variables.index",
        "candidates/*/recipe.txt", "evaluations/*/manifest.sha256"})
    void aFlippedByteInACachedFileIsFoundAndTheEntryRebuiltWithOneWarning(String glob) throws IOException {
        Path damaged = firstMatch(glob);
        byte[] bytes = Files.readAllBytes(damaged);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(damaged, bytes);

        RacingRun rerun = RacingRun.on(cache, work.resolve("rerun"));

        assertThat(rerun.failures()).isZero();
        Path entry = cache.resolve(cache.relativize(damaged).subpath(0, 2));
        assertThat(rerun.console()).containsOnlyOnce("⚠ the cached entry " + entry + " is damaged (")
                .containsOnlyOnce("is damaged");
        assertThat(SharedCacheRunsTest.numbers(work.resolve("rerun"))).isEqualTo(clean);
    }

    @Test
    void aTruncatedCachedModelIsRebuiltInsteadOfFailingEveryRerun() throws IOException {
        Path variables = firstMatch("candidates/*/model/variables/variables.data-*");
        Files.write(variables, java.util.Arrays.copyOf(Files.readAllBytes(variables), 1000));

        RacingRun rerun = RacingRun.on(cache, work.resolve("rerun"));

        assertThat(rerun.failures()).isZero();
        assertThat(rerun.console()).contains("variables/variables.data-00000-of-00001 has 1000 bytes, not ");
        assertThat(SharedCacheRunsTest.numbers(work.resolve("rerun"))).isEqualTo(clean);
    }

    @Test
    void leftoversOfAKilledRunAreRemovedByTheNextRun() throws IOException {
        Path staging = Files.createDirectories(cache.resolve("candidates/.staging-0123456789abcdef-42/model"));
        Files.write(staging.resolve("saved_model.pb"), new byte[4096]);
        for (Path path : new Path[] {staging, staging.getParent()}) {
            Files.setLastModifiedTime(path, FileTime.from(Instant.now().minus(Leftovers.STALE).minusSeconds(1)));
        }

        RacingRun rerun = RacingRun.on(cache, work.resolve("rerun"));

        assertThat(rerun.failures()).isZero();
        assertThat(staging.getParent()).doesNotExist();
        assertThat(rerun.console()).contains("removed 1 leftovers of interrupted runs or older versions");
    }

    @Test
    void aCacheDirectoryThatCannotBeWrittenCostsOnlyTheDiskCacheAndSaysSoOnce() throws IOException {
        Path unwritable = Files.writeString(work.resolve("a-file"), "x").resolve("cache");

        RacingRun run = RacingRun.on(unwritable, work.resolve("uncached"));

        assertThat(run.failures()).isZero();
        assertThat(run.console()).containsOnlyOnce("⚠ the cache directory " + unwritable.toAbsolutePath()
                + " cannot be written");
        assertThat(SharedCacheRunsTest.numbers(work.resolve("uncached"))).isEqualTo(clean);
    }

    @Test
    void aReportDirectoryThatCannotBeWrittenFailsNoTestAndSaysSoOnce() throws IOException {
        Path unwritable = Files.writeString(work.resolve("a-file"), "x").resolve("reports");

        RacingRun run = RacingRun.on(cache, unwritable);

        assertThat(run.failures()).isZero();
        assertThat(run.events().succeeded().count()).isPositive();
        assertThat(run.console()).containsOnlyOnce("⚠ the reports could not be written to " + unwritable.toAbsolutePath());
    }

    private Path firstMatch(String glob) throws IOException {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        try (Stream<Path> files = Files.walk(cache)) {
            return files.filter(Files::isRegularFile).filter(file -> matcher.matches(cache.relativize(file))).sorted()
                    .findFirst().orElseThrow(() -> new AssertionError("no cached file matches " + glob));
        }
    }
}
