package org.hamgam.glossary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamgam.model.TermHit;

/**
 * The matcher's test set: sentences in which {@code {surface|source}} marks each expected hit, read from the
 * classpath, and the precision and recall of a matcher on them (a hit counts when start, end and source agree).
 */
public final class EvalSet {
    /** An expected hit. */
    public record Expected(int start, int end, String source) {
    }

    /** A sentence without markup and its expected hits. */
    public record Sentence(String text, List<Expected> expected) {
    }

    /** Counts over the whole set. */
    public record Score(int expected, int found, int correct, List<String> errors) {
        public double precision() {
            return found == 0 ? 1.0 : (double) correct / found;
        }

        public double recall() {
            return expected == 0 ? 1.0 : (double) correct / expected;
        }
    }

    private static final Pattern MARK = Pattern.compile("\\{([^|{}]+)\\|([^|{}]+)\\}");

    private EvalSet() {
    }

    /** The development set: rules were adjusted after it was first measured. */
    public static List<Sentence> load() {
        return load("eval-sentences.txt");
    }

    /** The first held-out set: measured once, then two rules were fixed after its errors. */
    public static List<Sentence> loadHeldOut() {
        return load("eval-heldout.txt");
    }

    /** The final held-out set, written after every rule was fixed and never used to change one. */
    public static List<Sentence> loadFinal() {
        return load("eval-final.txt");
    }

    private static List<Sentence> load(String resource) {
        try (InputStream in = EvalSet.class.getResourceAsStream(resource)) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Sentence> out = new ArrayList<>();
            for (String line : all.split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(parse(line));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Glossary glossary() {
        try (InputStream in = EvalSet.class.getResourceAsStream("eval-terms.tsv")) {
            return GlossaryReader.read("eval-terms.tsv", in, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GlossaryException e) {
            throw new IllegalStateException(e);
        }
    }

    static Sentence parse(String marked) {
        StringBuilder text = new StringBuilder();
        List<Expected> expected = new ArrayList<>();
        Matcher m = MARK.matcher(marked);
        int last = 0;
        while (m.find()) {
            text.append(marked, last, m.start());
            int start = text.length();
            text.append(m.group(1));
            expected.add(new Expected(start, text.length(), m.group(2)));
            last = m.end();
        }
        text.append(marked.substring(last));
        return new Sentence(text.toString(), expected);
    }

    public static Score score(TermMatcher matcher, List<Sentence> sentences) {
        int expected = 0;
        int found = 0;
        int correct = 0;
        List<String> errors = new ArrayList<>();
        for (Sentence s : sentences) {
            List<TermHit> hits = matcher.find(s.text());
            Set<Expected> want = new HashSet<>(s.expected());
            expected += want.size();
            found += hits.size();
            Set<Expected> got = new HashSet<>();
            for (TermHit h : hits) {
                Expected e = new Expected(h.start(), h.end(), h.source());
                got.add(e);
                if (want.contains(e)) {
                    correct++;
                } else {
                    errors.add("false: «" + h.surface() + "» as «" + h.source() + "» in: " + s.text());
                }
            }
            for (Expected e : want) {
                if (!got.contains(e)) {
                    errors.add("missed: «" + s.text().substring(e.start(), e.end()) + "» («" + e.source() + "») in: "
                            + s.text());
                }
            }
        }
        return new Score(expected, found, correct, errors);
    }
}
