package org.hamgam.draft;

/** A machine-translation request that failed for good; the message is safe to show (it never holds a key). */
class MtException extends Exception {
    MtException(String message) {
        super(message);
    }
}
