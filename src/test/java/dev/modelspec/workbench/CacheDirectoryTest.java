package dev.modelspec.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared disk cache: atomic publication, locks, verification on read, sweeping and read-only fallback. */
class CacheDirectoryTest {

    private static final String KEY = "0123456789abcdef";

    @TempDir
    Path root;

    private final List<String> messages = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger writes = new AtomicInteger();

    @Nested
    class Publishes {

        @Test
        void writesAnEntryOnceAndReadsItBackInLaterRuns() throws IOException {
            assertThat(open().entry("kind", KEY, CacheDirectoryTest.this::write, CacheDirectoryTest::read))
                    .isEqualTo("payload");
            assertThat(open().entry("kind", KEY, CacheDirectoryTest.this::write, CacheDirectoryTest::read))
                    .isEqualTo("payload");

            assertThat(writes).hasValue(1);
            assertThat(root.resolve("kind").resolve(KEY).resolve(EntryManifest.FILE)).isRegularFile();
            assertThat(leftovers()).isEmpty();
            assertThat(messages).isEmpty();
        }

        @Test
        void eightCachesOnOneDirectoryRacingForOneEntryWriteItOnceAndAllReadTheSame() throws Exception {
            ExecutorService threads = Executors.newFixedThreadPool(8);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(threads.submit(() -> {
                    CacheDirectory cache = open();
                    start.await();
                    return cache.entry("kind", KEY, staging -> {
                        sleep();
                        write(staging);
                    }, CacheDirectoryTest::read);
                }));
            }
            start.countDown();
            for (Future<String> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo("payload");
            }
            threads.shutdown();

            assertThat(writes).as("the lock makes the others wait, then read").hasValue(1);
            assertThat(leftovers()).isEmpty();
        }

        @Test
        void aWriterThatFailsPublishesNothingAndLeavesNoStagingBehind() throws IOException {
            CacheDirectory cache = open();
            try {
                cache.entry("kind", KEY, staging -> {
                    write(staging);
                    throw new IOException("disk full");
                }, CacheDirectoryTest::read);
            } catch (IOException expected) {
                assertThat(expected).hasMessage("disk full");
            }

            assertThat(root.resolve("kind").resolve(KEY)).doesNotExist();
            assertThat(leftovers()).isEmpty();
            assertThat(cache.entry("kind", KEY, CacheDirectoryTest.this::write, CacheDirectoryTest::read))
                    .isEqualTo("payload");
        }
    }

    @Nested
    class Verifies {

        @Test
        void aFlippedByteInAnyFileOfAnEntryIsDetectedAndTheEntryRebuiltWithOneWarning() throws IOException {
            open().entry("kind", KEY, CacheDirectoryTest.this::write, CacheDirectoryTest::read);
            Path entry = root.resolve("kind").resolve(KEY);
            List<Path> files = filesOf(entry);
            assertThat(files).hasSize(4);
            for (Path file : files) {
                messages.clear();
                flipByte(file);

                assertThat(open().entry("kind", KEY, CacheDirectoryTest.this::write, CacheDirectoryTest::read))
                        .as("after flipping a byte of %s", file).isEqualTo("payload");
                assertThat(messages).as("after flipping a byte of %s", file).singleElement().asString()
                        .startsWith("warning: the cached entry " + entry + " is damaged (")
                        .endsWith("); rebuilding it");
            }
            assertThat(writes).hasValue(1 + files.size());
            assertThat(leftovers()).isEmpty();
        }

        @Test
        void aTruncatedFileIsNamedWithItsSizes() throws IOException {
            open().entry("kind", KEY, CacheDirectoryTest.this::write, CacheDirectoryTest::read);
            Path variables = root.resolve("kind").resolve(KEY).resolve("model/variables.data");
            Files.write(variables, new byte[3]);

            open().entry("kind", KEY, CacheDirectoryTest.this::write, CacheDirectoryTest::read);

            assertThat(messages).singleElement().asString().contains("(model/variables.data has 3 bytes, not 1000)");
            assertThat(variables).hasSize(1000);
        }

        @Test
        void anEntryWithoutItsManifestOrWithAMissingFileIsRebuilt() throws IOException {
            open().entry("kind", KEY, CacheDirectoryTest.this::write, CacheDirectoryTest::read);
            Path entry = root.resolve("kind").resolve(KEY);
            Files.delete(entry.resolve("model/variables.data"));
            open().entry("kind", KEY, CacheDirectoryTest.this::write, CacheDirectoryTest::read);
            Files.delete(entry.resolve(EntryManifest.FILE));
            open().entry("kind", KEY, CacheDirectoryTest.this::write, CacheDirectoryTest::read);

            assertThat(messages).hasSize(2);
            assertThat(messages.get(0)).contains("(model/variables.data is missing)");
            assertThat(messages.get(1)).contains("(it has no manifest.sha256, so it was never completed)");
            assertThat(writes).hasValue(3);
        }

        @Test
        void anEntryItsReaderRejectsIsRebuiltWithTheReadersReason() throws IOException {
            open().entry("kind", KEY, staging -> {
                write(staging);
                Files.writeString(staging.resolve("recipe.txt"), "written by an older version");
            }, CacheDirectoryTest::read);

            String read = open().entry("kind", KEY, CacheDirectoryTest.this::write, entry -> {
                if (read(entry).startsWith("written by")) {
                    throw new IOException("evaluation.bin holds 10 examples, not 20");
                }
                return read(entry);
            });

            assertThat(read).isEqualTo("payload");
            assertThat(messages).singleElement().asString()
                    .contains("(it cannot be read: evaluation.bin holds 10 examples, not 20)");
        }

        @Test
        void existingEntriesAreOnlyThoseThatVerify() throws IOException {
            CacheDirectory cache = open();
            assertThat(cache.existing("kind", KEY)).isEmpty();
            cache.entry("kind", KEY, CacheDirectoryTest.this::write, CacheDirectoryTest::read);
            assertThat(cache.existing("kind", KEY)).contains(root.resolve("kind").resolve(KEY));

            flipByte(root.resolve("kind").resolve(KEY).resolve("recipe.txt"));
            assertThat(open().existing("kind", KEY)).isEmpty();
        }
    }

    @Nested
    class Sweeps {

        @Test
        void removesStaleLeftoversOfKilledRunsButNotFreshOnesOrOnesAWriterHolds() throws Exception {
            Path kind = Files.createDirectories(root.resolve("kind"));
            Path killedStaging = Files.createDirectories(kind.resolve(".staging-aaaa-1"));
            Files.writeString(killedStaging.resolve("variables.data"), "x".repeat(2_000_000));
            stale(killedStaging);
            Path killedTrash = stale(Files.createDirectories(kind.resolve(".trash-bbbb-2")));
            Path oldTemporary = stale(Files.createDirectories(kind.resolve(".tmp12345")));
            Path oldPartial = stale(Files.writeString(kind.resolve("evaluation.bin.partial"), "x"));
            Path fresh = Files.createDirectories(kind.resolve(".staging-cccc-3"));
            Path held = stale(Files.createDirectories(kind.resolve(".staging-dddd-4")));
            Path olderVersionsEntry = Files.createDirectories(kind.resolve("eeee/model"));
            stale(olderVersionsEntry.getParent());
            CountDownLatch locked = new CountDownLatch(1);
            CountDownLatch swept = new CountDownLatch(1);
            Thread writer = new Thread(() -> {
                try (EntryLock lock = EntryLock.acquire(kind.resolve("dddd" + Leftovers.LOCK_SUFFIX))) {
                    locked.countDown();
                    swept.await();
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            writer.start();
            locked.await();

            open();
            swept.countDown();
            writer.join();

            assertThat(killedStaging).doesNotExist();
            assertThat(killedTrash).doesNotExist();
            assertThat(oldTemporary).doesNotExist();
            assertThat(oldPartial).doesNotExist();
            assertThat(olderVersionsEntry.getParent()).as("an entry without manifest").doesNotExist();
            assertThat(fresh).as("younger than " + Leftovers.STALE).exists();
            assertThat(held).as("its writer holds the lock").exists();
            assertThat(messages).singleElement().asString()
                    .isEqualTo("removed 5 leftovers of interrupted runs or older versions (2.0 MB) from " + root);
        }
    }

    @Test
    void aCacheDirectoryThatCannotBeWrittenIsReplacedForTheRunByATemporaryOneWithOneWarning() throws IOException {
        Path file = Files.writeString(root.resolve("not-a-directory"), "x");
        Path unwritable = file.resolve("cache");
        Path temporary;
        try (CacheDirectory cache = CacheDirectory.open(unwritable, messages::add)) {
            assertThat(cache.entry("kind", KEY, CacheDirectoryTest.this::write, CacheDirectoryTest::read))
                    .isEqualTo("payload");
            assertThat(cache.entry("kind", KEY, CacheDirectoryTest.this::write, CacheDirectoryTest::read))
                    .isEqualTo("payload");
            temporary = cache.root();
        }

        assertThat(messages).singleElement().asString()
                .startsWith("warning: the cache directory " + unwritable + " cannot be written (")
                .contains("so this run works without the disk cache, in " + temporary)
                .endsWith("point modelspec.cache.dir at a writable directory to reuse results between runs");
        assertThat(temporary).doesNotExist();
        assertThat(writes).hasValue(1);
    }

    private CacheDirectory open() throws IOException {
        return CacheDirectory.open(root, messages::add);
    }

    /** An entry of three files, like a candidate: its model's two files and its recipe. */
    private void write(Path staging) throws IOException {
        writes.incrementAndGet();
        Files.createDirectories(staging.resolve("model"));
        Files.writeString(staging.resolve("model/saved_model.pb"), "graph");
        Files.write(staging.resolve("model/variables.data"), new byte[1000]);
        Files.writeString(staging.resolve("recipe.txt"), "payload");
    }

    private static String read(Path entry) throws IOException {
        return Files.readString(entry.resolve("recipe.txt"), StandardCharsets.UTF_8);
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> path.getFileName().toString().startsWith(".staging-")
                    || path.getFileName().toString().startsWith(".trash-")).toList();
        }
    }

    private static List<Path> filesOf(Path entry) throws IOException {
        try (Stream<Path> walk = Files.walk(entry)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void flipByte(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(file, bytes);
    }

    private static Path stale(Path path) throws IOException {
        Files.setLastModifiedTime(path, FileTime.from(Instant.now().minus(Leftovers.STALE).minusSeconds(60)));
        return path;
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
