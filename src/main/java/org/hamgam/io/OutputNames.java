package org.hamgam.io;

import java.nio.file.Path;

/**
 * Turns document names into folder and file names that stay inside the output folder on every platform:
 * no separators, no {@code ..}, no reserved characters or device names.
 */
public final class OutputNames {
    private static final java.util.Set<String> RESERVED = java.util.Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private OutputNames() {
    }

    /** A safe name for {@code name}: letters, digits, {@code . _ -} kept, everything else {@code _}. */
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
        if (safe.isEmpty() || RESERVED.contains(safe.toLowerCase(java.util.Locale.ROOT).split("\\.")[0])) {
            safe = "_" + safe;
        }
        return safe.length() > 150 ? safe.substring(0, 150) : safe;
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
}
