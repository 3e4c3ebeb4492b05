package org.sahelsim.experiment;

/**
 * A failure of the machine or the cluster rather than of the input: a full disk, an I/O error,
 * a Spark master that cannot be reached. Reported on one line (what and the system's reason),
 * exit code 1, without a stack trace.
 */
public final class EnvironmentFailure extends RuntimeException {
    public EnvironmentFailure(String message) {
        super(message);
    }

    public EnvironmentFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
