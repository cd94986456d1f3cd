package org.hamgam.review;

/** An edit made on a view of a document that has changed since. */
final class StaleVersionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StaleVersionException(String id, int seen, int now) {
        super(id + " is at version " + now + ", the edit was made on version " + seen + ": reload and try again");
    }
}
