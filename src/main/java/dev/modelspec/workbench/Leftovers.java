package dev.modelspec.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What killed runs leave in a cache directory: staging directories of entries never published
 * ({@code .staging-KEY-*}), entries moved aside but not yet deleted ({@code .trash-KEY-*}), and
 * what older versions left: temporary files ({@code .tmp*}, {@code *.partial}) and entries without
 * a manifest. One older than {@link
 * #STALE} whose entry nobody holds the lock of is removed; a writer at work holds its lock.
 */
final class Leftovers {

    static final String STAGING_PREFIX = ".staging-";
    static final String TRASH_PREFIX = ".trash-";
    static final String LOCK_SUFFIX = ".lock";

    /** How old a leftover must be before it is removed, so that a writer that just started is safe. */
    static final Duration STALE = Duration.ofMinutes(5);

    private final Path root;
    private final Progress progress;

    Leftovers(Path root, Progress progress) {
        this.root = root;
        this.progress = progress;
    }

    /** Removes the stale leftovers under the cache root and its entry kinds; says how much it removed. */
    void sweep() throws IOException {
        long bytes = 0;
        int count = 0;
        Instant staleBefore = Instant.now().minus(STALE);
        for (Path directory : children(root).stream().filter(Files::isDirectory).toList()) {
            for (Path leftover : children(directory).stream().filter(path -> isLeftover(path, staleBefore)).toList()) {
                Optional<String> key = entryKey(leftover);
                Optional<EntryLock> lock = key.isPresent()
                        ? EntryLock.tryAcquire(directory.resolve(key.get() + LOCK_SUFFIX))
                        : Optional.empty();
                if (key.isPresent() && lock.isEmpty()) {
                    continue;
                }
                try {
                    long size = size(leftover);
                    deleteRecursively(leftover);
                    bytes += size;
                    count++;
                } finally {
                    if (lock.isPresent()) {
                        lock.get().close();
                    }
                }
            }
        }
        if (count > 0) {
            progress.phase(String.format(Locale.ROOT, "removed %d leftovers of interrupted runs or older versions (%.1f MB) from %s",
                    count, bytes / 1e6, root));
        }
    }

    private static boolean isLeftover(Path path, Instant staleBefore) {
        String name = path.getFileName().toString();
        boolean unpublished = !name.startsWith(".") && Files.isDirectory(path)
                && !Files.exists(path.resolve(EntryManifest.FILE));
        boolean temporary = name.startsWith(STAGING_PREFIX) || name.startsWith(TRASH_PREFIX) || name.startsWith(".tmp")
                || name.endsWith(".partial") || unpublished;
        try {
            return temporary && Files.getLastModifiedTime(path).compareTo(FileTime.from(staleBefore)) < 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The key whose lock guards {@code leftover}: {@code .staging-KEY-123} → {@code KEY}, an entry
     * directory without manifest → its name; none for temporary files of older versions.
     */
    private static Optional<String> entryKey(Path leftover) {
        String name = leftover.getFileName().toString();
        if (!name.startsWith(".") && Files.isDirectory(leftover)) {
            return Optional.of(name);
        }
        for (String prefix : List.of(STAGING_PREFIX, TRASH_PREFIX)) {
            int end = name.indexOf('-', prefix.length());
            if (name.startsWith(prefix) && end > prefix.length()) {
                return Optional.of(name.substring(prefix.length(), end));
            }
        }
        return Optional.empty();
    }

    private static List<Path> children(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(directory)) {
            return list.toList();
        }
    }

    private static long size(Path path) throws IOException {
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
