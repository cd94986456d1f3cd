package org.hamgam.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One translation unit ({@code tu}) of a TMX file as written, before anyone picks a source and a target: its id,
 * its properties and its language variants in file order, and where it starts in the file (for messages).
 *
 * @param id       the {@code tuid}, empty when there is none
 * @param number   the unit's position in its file, from 1
 * @param line     the line of its start tag, from 1
 * @param column   the column of its start tag, from 1
 * @param props    the {@code prop} elements of the unit itself (not of its variants), in order
 * @param variants the {@code tuv} elements that hold a {@code seg}, in order
 */
public record TmxUnit(String id, int number, int line, int column, List<Prop> props, List<Variant> variants) {
    public TmxUnit {
        id = id == null ? "" : id;
        props = List.copyOf(props);
        variants = List.copyOf(variants);
    }

    /**
     * A property.
     *
     * @param type  the {@code type} attribute, empty when there is none
     * @param value the text, as written
     */
    public record Prop(String type, String value) {
        public Prop {
            type = type == null ? "" : type;
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A language variant.
     *
     * @param lang the {@code xml:lang} (or TMX 1.1 {@code lang}) in lower case, empty when there is none
     * @param text the text of its {@code seg} as written: inline {@code hi} text kept, native codes left out
     */
    public record Variant(String lang, String text) {
        public Variant {
            lang = lang == null ? "" : lang;
            Objects.requireNonNull(text, "text");
        }

        /** Whether the language is {@code wanted} or a regional variant of it ({@code fa-IR}, {@code fa_IR}). */
        public boolean isIn(String wanted) {
            return lang.equals(wanted) || lang.startsWith(wanted + "-") || lang.startsWith(wanted + "_");
        }
    }

    /** The text of the first variant in language {@code wanted} (or a regional variant of it). */
    public Optional<String> text(String wanted) {
        return variants.stream().filter(v -> v.isIn(wanted)).map(Variant::text).findFirst();
    }

    /** The value of the first property of type {@code type}. */
    public Optional<String> prop(String type) {
        return props.stream().filter(p -> p.type().equals(type)).map(Prop::value).findFirst();
    }
}
