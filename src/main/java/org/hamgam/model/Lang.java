package org.hamgam.model;

/** A language Hamgam knows how to handle; {@link #OTHER} is any other language, handled without language-specific help. */
public enum Lang {
    FA("fa"), EN("en"), OTHER("und");

    private final String code;

    Lang(String code) {
        this.code = code;
    }

    /** The BCP 47 language code. */
    public String code() {
        return code;
    }

    /** Parses a language code such as {@code fa}, {@code en-US}; unknown codes give {@link #OTHER}. */
    public static Lang of(String code) {
        String base = code == null ? "" : code.toLowerCase(java.util.Locale.ROOT).split("[-_]")[0];
        for (Lang lang : values()) {
            if (lang.code.equals(base)) {
                return lang;
            }
        }
        return OTHER;
    }
}
