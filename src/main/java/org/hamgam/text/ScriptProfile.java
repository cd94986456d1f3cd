package org.hamgam.text;

/**
 * How much of a text's letters are Arabic-script (Persian) and how much Latin, so that a Persian file given as
 * English, or the reverse, can be told apart before it is aligned.
 */
public record ScriptProfile(int letters, int arabic, int latin) {
    /** Counts the letters of {@code text}. */
    public static ScriptProfile of(CharSequence text) {
        int letters = 0;
        int arabic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.ARABIC) {
                arabic++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        return new ScriptProfile(letters, arabic, latin);
    }

    /** The share of letters in Arabic script, 0 when there are no letters. */
    public double arabicShare() {
        return letters == 0 ? 0 : (double) arabic / letters;
    }

    /** The share of letters in Latin script, 0 when there are no letters. */
    public double latinShare() {
        return letters == 0 ? 0 : (double) latin / letters;
    }
}
