package dev.modelspec.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The workbench's results on disk, safe to share between threads, processes and killed runs. An
 * entry ({@code kind/key/}) is written into a uniquely named staging directory, gets its {@link
 * EntryManifest} last and is published by one atomic move, under the entry's {@link EntryLock} so
 * two writers never race. Every entry is verified against its manifest before its first use in a
 * run; a bad one is rebuilt with one warning that names it. Leftovers of killed runs are swept when
 * the cache opens ({@link Leftovers}); a cache directory that cannot be written is replaced by a
 * temporary one for the run, with one warning.
 */
final class CacheDirectory implements AutoCloseable {

    /** Writes an entry's files into an empty staging directory. */
    @FunctionalInterface
    interface EntryWriter {
        void write(Path staging) throws IOException;
    }

    /** Reads a verified entry; throws when its content makes no sense, and the entry is rebuilt. */
    @FunctionalInterface
    interface EntryReader<T> {
        T read(Path entry) throws IOException;
    }

    private final Path root;
    private final boolean temporary;
    private final Progress progress;
    private final Set<Path> verified = new HashSet<>();

    private CacheDirectory(Path root, boolean temporary, Progress progress) {
        this.root = root;
        this.temporary = temporary;
        this.progress = progress;
    }

    /** The cache at {@code directory}, swept of leftovers; a temporary one if {@code directory} cannot be written. */
    static CacheDirectory open(Path directory, Progress progress) throws IOException {
        Path root = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
            Files.delete(Files.createTempFile(root, ".probe-", ""));
        } catch (IOException e) {
            Path fallback = Files.createTempDirectory("modelspec-cache-");
            progress.warning(("the cache directory %s cannot be written (%s), so this run works without the disk "
                    + "cache, in %s, deleted at the end: point modelspec.cache.dir at a writable directory to reuse "
                    + "results between runs").formatted(root, e, fallback));
            return new CacheDirectory(fallback, true, progress);
        }
        new Leftovers(root, progress).sweep();
        return new CacheDirectory(root, false, progress);
    }

    /** The directory holding {@code kind/key} entries; may not exist yet. */
    Path root() {
        return root;
    }

    /**
     * The entry {@code kind/key} read by {@code reader}: verified if it exists, else (or if it is
     * bad) written by {@code writer} under the entry's lock and published atomically.
     */
    <T> T entry(String kind, String key, EntryWriter writer, EntryReader<T> reader) throws IOException {
        Path kindDirectory = root.resolve(kind);
        Path entry = kindDirectory.resolve(key);
        if (Files.isDirectory(entry)) {
            Optional<T> ready = readVerified(entry, reader);
            if (ready.isPresent()) {
                return ready.get();
            }
        }
        Files.createDirectories(kindDirectory);
        try (EntryLock lock = EntryLock.acquire(kindDirectory.resolve(key + Leftovers.LOCK_SUFFIX))) {
            if (Files.isDirectory(entry)) {
                Optional<String> problem = EntryManifest.problem(entry);
                if (problem.isEmpty()) {
                    try {
                        T value = reader.read(entry);
                        verified.add(entry);
                        return value;
                    } catch (IOException | RuntimeException e) {
                        problem = Optional.of("it cannot be read: " + e.getMessage());
                    }
                }
                progress.warning("the cached entry %s is damaged (%s); rebuilding it".formatted(entry, problem.get()));
                discard(kindDirectory, key, entry);
            }
            Path staging = Files.createTempDirectory(kindDirectory, Leftovers.STAGING_PREFIX + key + "-");
            try {
                writer.write(staging);
                EntryManifest.write(staging);
                Files.move(staging, entry, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Leftovers.deleteRecursively(staging);
            }
            verified.add(entry);
        }
        return reader.read(entry);
    }

    /** The entry {@code kind/key} if it exists and is sound; never writes. */
    Optional<Path> existing(String kind, String key) {
        Path entry = root.resolve(kind).resolve(key);
        return Files.isDirectory(entry) ? readVerified(entry, path -> path) : Optional.empty();
    }

    private <T> Optional<T> readVerified(Path entry, EntryReader<T> reader) {
        if (!verified.contains(entry) && EntryManifest.problem(entry).isPresent()) {
            return Optional.empty();
        }
        try {
            T value = reader.read(entry);
            verified.add(entry);
            return Optional.of(value);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Moves a bad entry out of the way atomically, then deletes it; the sweep removes what a kill leaves. */
    private static void discard(Path kindDirectory, String key, Path entry) throws IOException {
        Path trash = Files.createTempDirectory(kindDirectory, Leftovers.TRASH_PREFIX + key + "-");
        Path moved = trash.resolve(key);
        Files.move(entry, moved, StandardCopyOption.ATOMIC_MOVE);
        Leftovers.deleteRecursively(trash);
    }

    /** Deletes a temporary cache; a shared one stays. */
    @Override
    public void close() throws IOException {
        if (temporary) {
            Leftovers.deleteRecursively(root);
        }
    }
}
