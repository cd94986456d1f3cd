package org.hamgam.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Turns document names into folder and file names that stay inside the output folder on every platform: no
 * separators, no {@code ..}, no reserved characters or device names, and short enough in bytes for the file
 * system. A name kept as it is stays readable; a name that had to change gets a short hash of the whole name, so
 * that {@code a b}, {@code a_b} and {@code a?b} stay three folders, and the same name always gives the same one.
 */
public final class OutputNames {
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    /**
     * The most UTF-8 bytes of a safe name: file systems allow 255 a file name, and the longest file a document
     * gets ({@code NAME.xliff12.xlf}) and its temporary name while written add about 40.
     */
    static final int MAX_BYTES = 150;
    /** Hex digits of the name's SHA-256 that tell changed names apart. */
    static final int HASH_DIGITS = 8;

    private OutputNames() {
    }

    /**
     * A safe name for {@code name}: letters, digits, {@code . _ -} and the zero-width non-joiner kept, anything else
     * {@code _}; when that changed the name or it is too long, a readable stem, {@code -} and a short hash.
     */
    public static String safe(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            boolean keep = Character.isLetterOrDigit(cp) || cp == '.' || cp == '_' || cp == '-'
                    || cp == 0x200C;
            out.appendCodePoint(keep ? cp : '_');
        });
        String safe = out.toString();
        while (safe.startsWith(".")) {
            safe = "_" + safe.substring(1);
        }
        if (safe.isEmpty() || RESERVED.contains(safe.toLowerCase(Locale.ROOT).split("\\.")[0])) {
            safe = "_" + safe;
        }
        if (safe.equals(name) && bytes(safe) <= MAX_BYTES) {
            return safe;
        }
        return truncate(safe, MAX_BYTES - HASH_DIGITS - 1) + "-" + hash(name);
    }

    /** {@code dir/safe(name)}, checked to lie inside {@code dir}. */
    public static Path inside(Path dir, String name) {
        Path base = dir.toAbsolutePath().normalize();
        Path resolved = base.resolve(safe(name)).normalize();
        if (!resolved.getParent().equals(base)) {
            throw new IllegalArgumentException("name escapes the output folder: " + name);
        }
        return resolved;
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The longest prefix of {@code text} within {@code maxBytes} UTF-8 bytes, cut between code points. */
    private static String truncate(String text, int maxBytes) {
        int end = 0;
        int used = 0;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            int size = bytes(new String(Character.toChars(cp)));
            if (used + size > maxBytes) {
                break;
            }
            used += size;
            end += Character.charCount(cp);
        }
        return text.substring(0, end);
    }

    private static String hash(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
