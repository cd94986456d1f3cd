package org.hamgam.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides credentials that users put in engine URLs before a URL or message is shown or written: the user
 * information of {@code https://user:password@host/} and the values of query parameters that carry keys
 * ({@code api_key}, {@code key}, {@code token} and the like).
 */
public final class Secrets {
    /** What stands in for a hidden value. */
    public static final String HIDDEN = "***";

    private static final Pattern USER_INFO = Pattern.compile("(?<=://)[^/\\s@?#]+@");
    private static final Pattern KEY_PARAMETER = Pattern.compile(
            "(?i)([?&;](?:api[_-]?key|key|token|access[_-]?token|auth|password|passwd|pwd|secret|sig|signature"
                    + "|client[_-]?secret)=)[^&#\\s\"']*");

    private Secrets() {
    }

    /** {@code text} with every URL credential in it replaced by {@link #HIDDEN}. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = USER_INFO.matcher(text).replaceAll(Matcher.quoteReplacement(HIDDEN + "@"));
        return KEY_PARAMETER.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(HIDDEN));
    }
}
