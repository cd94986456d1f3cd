package org.hamgam.review;

/** An edit that cannot be applied as asked; the message says why, for the reviewer. */
final class EditException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EditException(String message) {
        super(message);
    }
}
