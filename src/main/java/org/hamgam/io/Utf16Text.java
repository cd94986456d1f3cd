package org.hamgam.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Whether what follows a UTF-16 byte-order mark is text. Any even run of bytes decodes as UTF-16, so a file that
 * merely starts with FF FE would otherwise be read as a line of CJK and unassigned characters and give output
 * that looks like a result. A forced {@code --encoding} is taken at its word.
 */
final class Utf16Text {
    /** The scripts of the languages the pipeline is used for; a text's letters are mostly of these. */
    private static final Set<Character.UnicodeScript> ALPHABETS = Set.of(Character.UnicodeScript.LATIN,
            Character.UnicodeScript.ARABIC, Character.UnicodeScript.CYRILLIC, Character.UnicodeScript.GREEK,
            Character.UnicodeScript.HEBREW, Character.UnicodeScript.ARMENIAN, Character.UnicodeScript.GEORGIAN);

    private Utf16Text() {
    }

    /** Refuses {@code text}, decoded from {@code file} after {@code bom}, when it is no text. */
    static void require(Path file, Bom bom, String text) throws BadInputException {
        if (bom != Bom.UTF_16LE && bom != Bom.UTF_16BE) {
            return;
        }
        int letters = 0;
        int alphabetic = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int cp = text.codePointAt(i);
            if (!character(cp)) {
                throw notText(file, bom, String.format(Locale.ROOT, "U+%04X at character %d", cp, i + 1));
            }
            if (Character.isLetter(cp)) {
                letters++;
                alphabetic += ALPHABETS.contains(Character.UnicodeScript.of(cp)) ? 1 : 0;
            }
        }
        if (alphabetic * 2 < letters) {
            throw notText(file, bom, "most of its letters are of no alphabet Persian or English text uses");
        }
    }

    private static boolean character(int cp) {
        int type = Character.getType(cp);
        boolean control = Character.isISOControl(cp) && cp != '\t' && cp != '\n' && cp != '\r' && cp != '\f'
                && cp != 0x0B && cp != 0x85;
        return !control && type != Character.UNASSIGNED && type != Character.PRIVATE_USE && type != Character.SURROGATE
                && cp != 0xFFFD;
    }

    private static BadInputException notText(Path file, Bom bom, String why) {
        return new BadInputException(file, "starts with a " + bom.label + " byte-order mark, but what follows is not "
                + bom.label + " text (" + why + "); give --encoding " + bom.label + " if it is");
    }
}
