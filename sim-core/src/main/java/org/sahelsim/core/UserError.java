package org.sahelsim.core;

/**
 * An error the user caused (bad file, bad flag, unknown town...). The CLI prints its message as
 * one line on stderr and exits with code 2, without a stack trace. Bugs are other exceptions and
 * keep their stack traces.
 */
public class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
