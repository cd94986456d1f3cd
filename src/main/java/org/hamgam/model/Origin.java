package org.hamgam.model;

import java.util.Locale;

/** Where a target text came from. Nothing Hamgam writes is {@link #HUMAN} unless a person's file said so. */
public enum Origin {
    ALIGNED, TM, MT, GLOSSARY, HUMAN, NONE;

    /** The lower-case label used in output files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
