package org.hamgam.cli;

/** A command was given arguments it cannot use; reported in one line with exit code 2. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
