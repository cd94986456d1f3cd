package org.hamgam.model;

import java.util.Locale;

/** How serious a QA finding is. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
