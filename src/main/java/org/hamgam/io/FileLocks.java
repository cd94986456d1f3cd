package org.hamgam.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Operating-system locks on a lock file, so that two Hamgam commands never write the same output folder or
 * translation memory at once. The lock is held until {@link Held#close()} or the process ends, however it ends:
 * a killed command leaves no lock behind. Threads of one process take turns on a lock as processes do. The lock
 * file is never removed: the lock belongs to the open file, not its name, so a command that had opened it before a
 * removal would lock the removed file while another locked a new one of the same name, both at once.
 */
public final class FileLocks {
    /** One guard a lock file: the operating system's lock belongs to the whole process, not to a thread. */
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private FileLocks() {
    }

    /** A lock held on a lock file. */
    public static final class Held implements AutoCloseable {
        private final FileChannel channel;
        private final ReentrantLock guard;

        private Held(FileChannel channel, ReentrantLock guard) {
            this.channel = channel;
            this.guard = guard;
        }

        @Override
        public void close() throws IOException {
            try {
                channel.close();
            } finally {
                guard.unlock();
            }
        }
    }

    /**
     * Takes the lock on {@code lockFile}, or throws {@link FolderInUseException} naming {@code what} when another
     * command holds it.
     */
    public static Held tryAcquire(Path lockFile, String what) throws IOException {
        ReentrantLock guard = guard(lockFile);
        if (!guard.tryLock()) {
            throw new FolderInUseException(what, lockFile);
        }
        return lockFile(lockFile, guard, what);
    }

    /** Takes the lock on {@code lockFile}, waiting for whoever holds it to finish. */
    public static Held acquire(Path lockFile) throws IOException {
        ReentrantLock guard = guard(lockFile);
        guard.lock();
        return lockFile(lockFile, guard, null);
    }

    /** Locks the file for the thread that holds {@code guard}; waits when {@code what} is null, else refuses. */
    private static Held lockFile(Path lockFile, ReentrantLock guard, String what) throws IOException {
        FileChannel channel = null;
        try {
            Files.createDirectories(lockFile.toAbsolutePath().getParent());
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            if (what == null) {
                lock = channel.lock();
            } else {
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock == null) {
                    throw new FolderInUseException(what, lockFile);
                }
            }
            return new Held(channel, guard);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            guard.unlock();
            throw e;
        }
    }

    private static ReentrantLock guard(Path lockFile) {
        return IN_PROCESS.computeIfAbsent(lockFile.toAbsolutePath().normalize(), p -> new ReentrantLock());
    }

    /** Another command holds the lock. */
    public static final class FolderInUseException extends IOException {
        FolderInUseException(String what, Path lockFile) {
            super(what + ": in use by another hamgam command (lock " + lockFile
                    + "); try again when it has finished");
        }
    }
}
