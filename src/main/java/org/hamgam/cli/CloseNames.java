package org.hamgam.cli;

/**
 * Whether a mistyped word is near enough to a command or option name to be offered as "did you mean": a slip of
 * a letter or two, or the start of the name. Anything further is no help (frobnicate is no train-segmenter).
 */
final class CloseNames {
    private CloseNames() {
    }

    /** True when {@code candidate} is a likely meaning of {@code typed}; leading dashes are not compared. */
    static boolean close(String typed, String candidate) {
        String a = typed.replaceFirst("^-+", "").split("=", 2)[0];
        String b = candidate.replaceFirst("^-+", "");
        if (a.length() >= 3 && b.startsWith(a)) {
            return true;
        }
        return distance(a, b) <= Math.max(1, Math.max(a.length(), b.length()) / 3);
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
