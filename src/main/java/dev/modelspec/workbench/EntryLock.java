package dev.modelspec.workbench;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The exclusive right to write one cache entry: a lock held by this thread against the other
 * threads of this JVM (file locks are per process) and a {@link FileChannel#lock() file lock} on
 * the entry's lock file against other processes. The operating system releases the file lock of a
 * killed process.
 */
final class EntryLock implements AutoCloseable {

    private static final ConcurrentMap<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final ReentrantLock threadLock;
    private final FileChannel channel;
    private final FileLock fileLock;

    private EntryLock(ReentrantLock threadLock, FileChannel channel, FileLock fileLock) {
        this.threadLock = threadLock;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    /** Waits until no other thread or process holds {@code lockFile}, then holds it. */
    static EntryLock acquire(Path lockFile) throws IOException {
        ReentrantLock threadLock = IN_THIS_JVM.computeIfAbsent(lockFile.toAbsolutePath().normalize(),
                key -> new ReentrantLock());
        threadLock.lock();
        try {
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                return new EntryLock(threadLock, channel, channel.lock());
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            threadLock.unlock();
            throw e;
        }
    }

    /** Holds {@code lockFile} if nobody else does right now; empty if somebody does. */
    static Optional<EntryLock> tryAcquire(Path lockFile) throws IOException {
        ReentrantLock threadLock = IN_THIS_JVM.computeIfAbsent(lockFile.toAbsolutePath().normalize(),
                key -> new ReentrantLock());
        if (!threadLock.tryLock()) {
            return Optional.empty();
        }
        try {
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock fileLock = channel.tryLock();
            if (fileLock == null) {
                channel.close();
                threadLock.unlock();
                return Optional.empty();
            }
            return Optional.of(new EntryLock(threadLock, channel, fileLock));
        } catch (IOException | RuntimeException e) {
            threadLock.unlock();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            fileLock.release();
            channel.close();
        } finally {
            threadLock.unlock();
        }
    }
}
