package org.hamgam.review;

/** An edit made on a view of a document that has changed since. */
final class StaleVersionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StaleVersionException(String id, int seen, int now) {
        super(id + " changed meanwhile (another tab or a script edited it): it is at version " + now
                + ", the edit was made on version " + seen + "; look again and redo the edit if it is still needed");
    }
}
