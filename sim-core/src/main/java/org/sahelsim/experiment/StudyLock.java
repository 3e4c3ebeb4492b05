package org.sahelsim.experiment;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.sahelsim.core.UserError;

/**
 * The lock of a study directory while a study writes it: an operating-system lock on the file
 * {@code .sahel.lock}, so a second writer (another process, or this one) is refused with one line,
 * and a study killed with -9 leaves no stale lock (the system releases it with the process). While
 * locked the file holds the writer's pid and start time, for the refusal message; it is emptied
 * when the study ends and left in place (deleting it would let two writers lock two different
 * files of the same name).
 *
 * <p>POSIX locks belong to the process and any close of the file by that process drops them, so
 * the directories this JVM holds are also kept in memory and a second writer in the same JVM is
 * refused without the file ever being opened again.
 */
public final class StudyLock implements AutoCloseable {
    public static final String NAME = ".sahel.lock";
    private static final ConcurrentHashMap<Path, String> HELD = new ConcurrentHashMap<>();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;

    private StudyLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks {@code dir} (which must exist) or refuses with a one-line {@link UserError} naming the
     * study that holds it.
     */
    public static StudyLock acquire(Path dir) {
        Path file = dir.resolve(NAME);
        Path key;
        try {
            key = dir.toRealPath();
        } catch (IOException e) {
            throw new EnvironmentFailure(dir + ": cannot lock the study directory: " + AtomicFiles.reason(e), e);
        }
        String holder = "pid " + ProcessHandle.current().pid() + ", started " + Instant.now();
        String other = HELD.putIfAbsent(key, holder);
        if (other != null) {
            throw inUse(dir, other);
        }
        FileChannel ch = null;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null;
            }
            if (l == null) {
                ch.close();
                HELD.remove(key);
                throw inUse(dir, holderIn(file));
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            return new StudyLock(key, ch, l);
        } catch (IOException e) {
            HELD.remove(key);
            if (ch != null) {
                try {
                    ch.close();
                } catch (IOException ignored) {
                    // the first failure is the one to report
                }
            }
            throw new EnvironmentFailure(file + ": cannot lock the study directory: " + AtomicFiles.reason(e), e);
        }
    }

    /** What the lock file says about its holder, read by a process that does not hold it. */
    private static String holderIn(Path file) {
        try {
            String s = Files.readString(file, StandardCharsets.UTF_8).trim();
            return s.matches("pid [0-9]+, started \\S+") ? s : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static UserError inUse(Path dir, String holder) {
        return new UserError("--out " + dir + ": in use by another study" + (holder == null ? "" : " (" + holder + ")")
                + "; wait for it to end or choose another --out");
    }

    /** Empties the lock file and releases the lock. */
    @Override
    public synchronized void close() {
        if (!channel.isOpen()) {
            return;
        }
        try {
            channel.truncate(0);
        } catch (IOException ignored) {
            // a stale holder in the file is harmless: the system lock is what counts
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to do
        }
        HELD.remove(key);
    }
}
