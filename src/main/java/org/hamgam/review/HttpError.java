package org.hamgam.review;

/** A request the server refuses, with the status code and a message for the person or script that sent it. */
final class HttpError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    HttpError(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
