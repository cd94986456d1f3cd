package org.hamgam.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Escaping and page furniture shared by the HTML writers. */
final class Html {
    private Html() {
    }

    /**
     * Escapes text for element content and quoted attribute values alike. Characters that HTML forbids or that
     * could hide text (NUL, other C0 controls, lone surrogates) become U+FFFD.
     */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    boolean control = cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r';
                    boolean bad = control || cp == 0x7F || (cp <= 0xFFFF && Character.isSurrogate((char) cp));
                    if (bad) {
                        b.append('\uFFFD');
                    } else {
                        b.appendCodePoint(cp);
                    }
                }
            }
        }
        return b.toString();
    }

    /**
     * Percent-encodes a relative link path segment by segment, so that no file name can turn into a scheme
     * ({@code javascript:}), a query or a fragment.
     */
    static String encodePath(String path) {
        StringBuilder b = new StringBuilder();
        for (byte raw : path.getBytes(StandardCharsets.UTF_8)) {
            int c = raw & 0xFF;
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~' || c == '/';
            if (plain) {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        String encoded = b.toString();
        // An absolute path or a protocol-relative link would leave the output folder.
        while (encoded.startsWith("/")) {
            encoded = encoded.substring(1);
        }
        return encoded;
    }

    /** The Content-Security-Policy meta tag allowing inline styles and exactly the given inline script. */
    static String csp(String script) {
        String policy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
                + "form-action 'none'" + (script.isEmpty() ? "" : "; script-src '" + sha256(script) + "'");
        return "<meta http-equiv=\"Content-Security-Policy\" content=\"" + policy + "\">\n";
    }

    private static String sha256(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The confidence colour class c0 (worst) to c4 (best) of a score in [0, 1]. */
    static String band(double score) {
        double s = Layout.clamp(score);
        return "c" + Math.min(4, (int) Math.floor(s * 5));
    }

    /** CSS for the confidence scale, shared with the index page. */
    static final String SCALE_CSS = """
            .c0{--c:#d73027}.c1{--c:#fc8d59}.c2{--c:#fee08b}.c3{--c:#91cf60}.c4{--c:#1a9850}
            .swatch{display:inline-block;min-width:3.2em;padding:0 .3em;border-radius:3px;background:var(--c);
              color:#000;text-align:center;font-variant-numeric:tabular-nums}
            .c0 .swatch,.swatch.c0,.c4 .swatch,.swatch.c4{color:#fff}
            """;

    /** The legend of the confidence scale. */
    static String legend(String label) {
        return "<span class=\"legend\">" + escape(label) + ": "
                + "<span class=\"swatch c0\">0–0.2</span> <span class=\"swatch c1\">0.2–0.4</span> "
                + "<span class=\"swatch c2\">0.4–0.6</span> <span class=\"swatch c3\">0.6–0.8</span> "
                + "<span class=\"swatch c4\">0.8–1</span></span>";
    }
}
