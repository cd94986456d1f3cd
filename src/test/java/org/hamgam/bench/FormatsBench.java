package org.hamgam.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hamgam.io.AtomicFiles;
import org.hamgam.io.BitextWriter;
import org.hamgam.io.HtmlWriter;
import org.hamgam.io.MosesWriter;
import org.hamgam.io.ReviewImporter;
import org.hamgam.io.TmxMemory;
import org.hamgam.io.TmxWriter;
import org.hamgam.io.Xliff12Writer;
import org.hamgam.io.XliffWriter;
import org.hamgam.model.Bead;
import org.hamgam.model.Bitext;
import org.hamgam.model.Document;
import org.hamgam.model.Draft;
import org.hamgam.model.Lang;
import org.hamgam.model.LanguageTags;
import org.hamgam.model.Origin;
import org.hamgam.model.Row;
import org.hamgam.model.Segment;
import org.hamgam.model.SegmentedDocument;
import org.hamgam.model.SkippedSpan;

/**
 * Writes the TICO-19 English–Persian pairs (3,071 sentence pairs, CC0) as one document in every review format
 * and reads the XLIFF back as a reviewed file: milliseconds per document and output sizes.
 */
public final class FormatsBench {
    private FormatsBench() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(System.getProperty("hamgam.shared", "../shared"));
        long t0 = System.nanoTime();
        List<TmxMemory.Pair> pairs = TmxMemory.read(shared.resolve("data/tico19/all.en-fa.tmx"));
        print("tico19_pairs", pairs.size());
        print("tmx_read_ms", ms(System.nanoTime() - t0));
        Bitext bitext = bitext(pairs);

        List<BitextWriter> writers = List.of(new XliffWriter(), new Xliff12Writer(), new TmxWriter(LanguageTags.DEFAULT, Instant.EPOCH), new HtmlWriter());
        for (BitextWriter writer : writers) {
            String name = writer.getClass().getSimpleName();
            StringWriter out = new StringWriter();
            writer.write(bitext, out);
            print(name + "_bytes", out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
            print(name + "_ms", time(() -> writer.write(bitext, Writer.nullWriter())));
        }
        print("MosesWriter_ms", time(() -> new MosesWriter().write(bitext, Writer.nullWriter(), Writer.nullWriter())));

        Path dir = Files.createTempDirectory("formats-bench");
        Path xlf = dir.resolve("tico19.xlf");
        AtomicFiles.write(xlf, out -> new XliffWriter().write(bitext, out));
        long t1 = System.nanoTime();
        ReviewImporter.Result result = new ReviewImporter().read(xlf, xlf);
        print("import_xliff2_ms", ms(System.nanoTime() - t1));
        print("import_entries", result.entries().size());
        print("import_changes_against_itself", result.changes().size());
        Path tm = dir.resolve("tm.tmx");
        List<ReviewImporter.ApprovedPair> approved = new ArrayList<>();
        for (Row row : bitext.rows()) {
            approved.add(new ReviewImporter.ApprovedPair("tico19.xlf", row.id(), row.id(), row.sourceText(),
                    row.targetText(), "final"));
        }
        long t2 = System.nanoTime();
        int added = TmxMemory.append(tm, approved);
        print("tm_append_ms", ms(System.nanoTime() - t2));
        print("tm_added", added);
        long t3 = System.nanoTime();
        print("tm_added_again", TmxMemory.append(tm, approved));
        print("tm_append_duplicates_ms", ms(System.nanoTime() - t3));
        Files.delete(tm);
        Files.delete(xlf);
        Files.delete(dir);
    }

    /** One document: Persian lines and English lines, one 1-1 bead per pair. */
    private static Bitext bitext(List<TmxMemory.Pair> pairs) {
        StringBuilder faText = new StringBuilder();
        StringBuilder enText = new StringBuilder();
        List<Segment> fa = new ArrayList<>();
        List<Segment> en = new ArrayList<>();
        List<SkippedSpan> faSkip = new ArrayList<>();
        List<SkippedSpan> enSkip = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            String s = pairs.get(i).source().strip().replace('\n', ' ');
            String t = pairs.get(i).target().strip().replace('\n', ' ');
            if (i > 0) {
                faSkip.add(new SkippedSpan(faText.length(), faText.length() + 1, "\n", SkippedSpan.WHITESPACE));
                faText.append('\n');
                enSkip.add(new SkippedSpan(enText.length(), enText.length() + 1, "\n", SkippedSpan.WHITESPACE));
                enText.append('\n');
            }
            Segment fs = new Segment("tico19:fa:" + i, "tico19", i, i, Lang.FA, s, s, faText.length(),
                    faText.length() + s.length());
            faText.append(s);
            Segment es = new Segment("tico19:en:" + i, "tico19", i, i, Lang.EN, t, t, enText.length(),
                    enText.length() + t.length());
            enText.append(t);
            fa.add(fs);
            en.add(es);
            double score = (i % 10) / 10.0;
            rows.add(new Row("tico19:" + i, new Bead(List.of(i), List.of(i), score), List.of(fs), List.of(es),
                    new Draft(t, Origin.ALIGNED, "aligner", score), List.of(), List.of()));
        }
        SegmentedDocument source = new SegmentedDocument(new Document("tico19", Lang.FA, faText.toString()), fa, faSkip);
        SegmentedDocument target = new SegmentedDocument(new Document("tico19", Lang.EN, enText.toString()), en, enSkip);
        return new Bitext("tico19", source, Optional.of(target), rows, 0.5, List.of());
    }

    private interface Job {
        void run() throws IOException;
    }

    /** Median of 9 timed runs after 3 warm-up runs. */
    private static String time(Job job) throws IOException {
        for (int i = 0; i < 3; i++) {
            job.run();
        }
        long[] runs = new long[9];
        for (int i = 0; i < runs.length; i++) {
            long start = System.nanoTime();
            job.run();
            runs[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(runs);
        return ms(runs[runs.length / 2]);
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }

    private static void print(String name, Object value) {
        System.out.println(name + ": " + value);
    }
}
