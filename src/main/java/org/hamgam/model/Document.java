package org.hamgam.model;

import java.util.Objects;

/**
 * A text as the user gave it: an identifier (the file's base name), its language and its original text,
 * unchanged. A line of the text is a paragraph.
 */
public record Document(String id, Lang lang, String original) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(original, "original");
    }
}
