package org.hamgam.align;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamgam.model.Bead;
import org.hamgam.model.Lang;
import org.hamgam.model.Segment;
import org.hamgam.text.PersianNormalizer;

/** Builds segments for aligner tests with a deliberately simple sentence splitter. */
final class TestSegments {
    private static final Pattern SENTENCE = Pattern.compile("[^.!?؟]+(?:[.!?؟]+[\"”»']?|$)");
    private static final PersianNormalizer NORMALIZER = new PersianNormalizer();

    private TestSegments() {
    }

    /** One segment per element, each its own paragraph. */
    static List<Segment> lines(Lang lang, String... sentences) {
        List<Segment> out = new ArrayList<>();
        int offset = 0;
        for (String s : sentences) {
            out.add(segment(lang, out.size(), out.size(), s, offset));
            offset += s.length() + 1;
        }
        return out;
    }

    /** Each line a paragraph, split into sentences at . ! ? ؟ followed by a space. */
    static List<Segment> paragraphs(Lang lang, List<String> lines) {
        List<Segment> out = new ArrayList<>();
        int offset = 0;
        for (int p = 0; p < lines.size(); p++) {
            String line = lines.get(p);
            Matcher m = SENTENCE.matcher(line);
            while (m.find()) {
                String s = m.group();
                int lead = s.length() - s.stripLeading().length();
                String t = s.strip();
                if (!t.isEmpty()) {
                    out.add(segment(lang, p, out.size(), t, offset + m.start() + lead));
                }
            }
            offset += line.length() + 1;
        }
        return out;
    }

    private static Segment segment(Lang lang, int paragraph, int index, String s, int start) {
        String text = lang == Lang.FA ? NORMALIZER.normalize(s).text() : s;
        return new Segment("t:" + lang.code() + ":" + index, "t", paragraph, index, lang, s, text, start,
                start + s.length());
    }

    static List<String> notation(List<Bead> beads) {
        return beads.stream().map(Bead::notation).toList();
    }
}
