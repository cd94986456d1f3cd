package org.hamgam.io;

/**
 * The writing direction of a text from its first strongly directional character, as the Unicode bidirectional
 * algorithm decides a paragraph's direction: Persian boilerplate is right to left, "Read More" left to right.
 */
final class Direction {
    static final String RTL = "rtl";
    static final String LTR = "ltr";

    private Direction() {
    }

    /** {@code rtl} or {@code ltr} from the first strong character of {@code text}; {@code fallback} when it has none. */
    static String of(CharSequence text, String fallback) {
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            switch (Character.getDirectionality(cp)) {
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
                    return RTL;
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
                    return LTR;
                default:
                    break;
            }
            i += Character.charCount(cp);
        }
        return fallback;
    }

    /** The direction a language is written in when the text itself does not say. */
    static String of(boolean rightToLeft) {
        return rightToLeft ? RTL : LTR;
    }
}
