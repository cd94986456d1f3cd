package org.hamgam.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Writes sentences as a news article reaches a reader, with the gold sentence ends kept: a headline without an end
 * mark on a line of its own, then paragraphs of two to five sentences with a blank line between, and, chosen at
 * random from a seed, the layouts news text has and sentence-per-line corpora lack:
 * <ul>
 *   <li>a quotation of two or three sentences after a speaker and a colon, closed after the last end mark
 *   ({@code «… . … .»}) or, as Persian often prints it, before it ({@code «… . …».});</li>
 *   <li>a name with initials (John F. Kennedy) in a sentence, from a list given per half so that development and
 *   held-out text name different people;</li>
 *   <li>a paragraph ending in a colon followed by its items, one a line, numbered ("1. ") or dashed;</li>
 *   <li>a sub-heading (a sentence without its end mark) on a line of its own.</li>
 * </ul>
 * A sentence that ends in neither an end mark nor a colon ends its paragraph, as such a line does in real text.
 * Gold ends are every sentence end but the article's own, line ends included; the sentences' own inner ends come
 * from {@code internalEnds}.
 */
final class NewsArticles {
    /** One article: its text and gold sentence ends (offsets in the text). */
    record Article(String name, String text, Set<Integer> gold) {
    }

    /** The words a language's articles are written with. */
    record Style(List<String> speakers, String open, String close, List<String[]> names, boolean persian) {
    }

    private static final String END_MARKS = ".!?؟…";
    private static final String CLOSERS = "»)\"'”’]";

    private final Style style;
    private final Function<String, List<Integer>> internalEnds;

    NewsArticles(Style style, Function<String, List<Integer>> internalEnds) {
        this.style = style;
        this.internalEnds = internalEnds;
    }

    /** The article made of {@code sentences} (the first is the headline), laid out from {@code seed}. */
    Article write(String name, List<String> sentences, long seed) {
        Random random = new Random(seed);
        Writer out = new Writer();
        out.heading(sentences.get(0).strip());
        out.blank();
        int k = 1;
        while (k < sentences.size()) {
            int size = 2 + random.nextInt(4);
            List<String> paragraph = new ArrayList<>();
            while (paragraph.size() < size && k < sentences.size()) {
                String sentence = sentences.get(k++).strip();
                paragraph.add(sentence);
                if (!endsWithMark(sentence)) {
                    break;
                }
            }
            double layout = random.nextDouble();
            if (endsWithColon(paragraph.get(paragraph.size() - 1)) && k < sentences.size()) {
                writeParagraph(out, paragraph, random);
                int items = Math.min(2 + random.nextInt(3), sentences.size() - k);
                writeList(out, sentences.subList(k, k + items), random.nextBoolean());
                k += items;
            } else if (layout < 0.25 && paragraph.size() >= 3 && allMarked(paragraph)) {
                writeQuotation(out, paragraph, random);
            } else if (layout < 0.35 && allMarked(paragraph)) {
                writeList(out, paragraph, random.nextBoolean());
            } else if (layout < 0.42 && paragraph.size() >= 2 && endsWithMark(paragraph.get(0))) {
                out.heading(paragraph.get(0));
                writeParagraph(out, paragraph.subList(1, paragraph.size()), random);
            } else {
                writeParagraph(out, paragraph, random);
            }
            out.blank();
        }
        return out.article(name);
    }

    private void writeParagraph(Writer out, List<String> paragraph, Random random) {
        List<Piece> sentences = new ArrayList<>();
        for (String sentence : paragraph) {
            sentences.add(random.nextDouble() < 0.15 ? withName(sentence, random) : piece("", sentence));
        }
        out.joined(sentences, "");
    }

    /** A sentence as written, with its inner gold ends: those of {@code sentence}, after {@code prefix}. */
    private record Piece(String text, List<Integer> inner) {
    }

    private Piece piece(String prefix, String sentence) {
        return new Piece(prefix + sentence,
                internalEnds.apply(sentence).stream().map(end -> end + prefix.length()).toList());
    }

    /** A speaker, a colon and the sentences in quotes; the last mark inside or, in Persian at times, outside. */
    private void writeQuotation(Writer out, List<String> paragraph, Random random) {
        int quoted = Math.min(paragraph.size() - 1, 2 + random.nextInt(2));
        List<String> before = paragraph.subList(0, paragraph.size() - quoted);
        List<String> inside = new ArrayList<>(paragraph.subList(paragraph.size() - quoted, paragraph.size()));
        String speaker = style.speakers().get(random.nextInt(style.speakers().size()));
        boolean markOutside = style.persian() && random.nextBoolean();
        String last = inside.get(inside.size() - 1);
        String suffix = style.close();
        if (markOutside && last.length() > 1 && END_MARKS.indexOf(last.charAt(last.length() - 1)) >= 0
                && END_MARKS.indexOf(last.charAt(last.length() - 2)) < 0
                && CLOSERS.indexOf(last.charAt(last.length() - 2)) < 0) {
            inside.set(inside.size() - 1, last.substring(0, last.length() - 1));
            suffix = style.close() + last.charAt(last.length() - 1);
        }
        List<Piece> sentences = new ArrayList<>();
        before.forEach(sentence -> sentences.add(piece("", sentence)));
        sentences.add(piece(speaker + " " + style.open(), inside.get(0)));
        inside.subList(1, inside.size()).forEach(sentence -> sentences.add(piece("", sentence)));
        out.joined(sentences, suffix);
    }

    /** The sentences as items of a list, one a line. */
    private void writeList(Writer out, List<String> items, boolean numbered) {
        for (int i = 0; i < items.size(); i++) {
            String marker = numbered ? number(i + 1) + ". " : "- ";
            out.line(marker + items.get(i).strip(), internalEnds.apply(items.get(i).strip()), marker.length());
        }
    }

    private String number(int n) {
        String digits = Integer.toString(n);
        if (!style.persian()) {
            return digits;
        }
        StringBuilder persian = new StringBuilder();
        for (char c : digits.toCharArray()) {
            persian.append((char) ('۰' + (c - '0')));
        }
        return persian.toString();
    }

    /** The sentence with a name that has initials: after a Persian opening phrase, before an English full stop. */
    private Piece withName(String sentence, Random random) {
        String[] name = style.names().get(random.nextInt(style.names().size()));
        if (style.persian()) {
            String written = random.nextBoolean() ? name[1] + " (" + name[0] + ")" : name[0];
            return piece("به گفته " + written + "، ", sentence);
        }
        if (sentence.endsWith(".") && !sentence.endsWith("..")
                && CLOSERS.indexOf(sentence.charAt(sentence.length() - 2)) < 0) {
            return new Piece(sentence.substring(0, sentence.length() - 1) + ", said " + name[0] + ".",
                    internalEnds.apply(sentence));
        }
        return piece("", sentence);
    }

    static String stripMark(String sentence) {
        int end = sentence.length();
        while (end > 0 && END_MARKS.indexOf(sentence.charAt(end - 1)) >= 0) {
            end--;
        }
        return sentence.substring(0, end).strip();
    }

    static boolean endsWithMark(String sentence) {
        int i = sentence.length() - 1;
        while (i > 0 && CLOSERS.indexOf(sentence.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && END_MARKS.indexOf(sentence.charAt(i)) >= 0;
    }

    private static boolean endsWithColon(String sentence) {
        return sentence.endsWith(":");
    }

    private static boolean allMarked(List<String> sentences) {
        return sentences.stream().allMatch(NewsArticles::endsWithMark);
    }

    /** The text so far and its gold ends. */
    private final class Writer {
        private final StringBuilder text = new StringBuilder();
        private final Set<Integer> gold = new TreeSet<>();

        /** A sentence without its end mark on a line of its own. */
        void heading(String sentence) {
            String heading = stripMark(sentence);
            line(heading, internalEnds.apply(heading), 0);
        }

        void line(String line, List<Integer> inner, int shift) {
            for (int end : inner) {
                gold.add(text.length() + shift + end);
            }
            text.append(line);
            gold.add(text.length());
            text.append('\n');
        }

        /** The sentences joined by spaces on one line, the last followed by {@code suffix}. */
        void joined(List<Piece> sentences, String suffix) {
            for (int i = 0; i < sentences.size(); i++) {
                if (i > 0) {
                    text.append(' ');
                }
                Piece sentence = sentences.get(i);
                for (int end : sentence.inner()) {
                    gold.add(text.length() + end);
                }
                text.append(sentence.text());
                if (i + 1 < sentences.size()) {
                    gold.add(text.length());
                }
            }
            text.append(suffix);
            gold.add(text.length());
            text.append('\n');
        }

        void blank() {
            text.append('\n');
        }

        Article article(String name) {
            String written = text.toString().strip() + "\n";
            Set<Integer> ends = new TreeSet<>(gold);
            ends.removeIf(end -> end >= written.strip().length());
            return new Article(name, written, ends);
        }
    }
}
