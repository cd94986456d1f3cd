package org.hamgam.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hamgam.model.Bitext;
import org.hamgam.model.LanguageTags;
import org.hamgam.model.Origin;
import org.hamgam.model.Row;
import org.hamgam.model.TmMatch;

/**
 * The parts of an OmegaT project that say how to read Hamgam's text: the project file and the filter settings,
 * and each document's repaired source, one bead a line with a blank line between paragraphs.
 *
 * <p>OmegaT's own sentence segmentation is off and a plain-text line is one segment, so OmegaT's segments are
 * exactly Hamgam's beads: a 2-1 bead stays one segment, and the aligned pairs in {@code tm/auto/} match their
 * segments exactly and are inserted as translations when the project opens; drafts are only offered as matches.
 * Boilerplate is not for translation and is left out of the source.
 */
public final class OmegatProject {
    /** The folder of the project inside the output folder. */
    public static final String FOLDER = "omegat";

    private OmegatProject() {
    }

    /** {@code omegat.project}: languages, the standard folders, sentence segmentation off. */
    public static String projectFile(LanguageTags languages) {
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <omegat>
                    <project version="1.0">
                        <source_dir>__DEFAULT__</source_dir>
                        <target_dir>__DEFAULT__</target_dir>
                        <tm_dir>__DEFAULT__</tm_dir>
                        <glossary_dir>__DEFAULT__</glossary_dir>
                        <glossary_file>__DEFAULT__</glossary_file>
                        <dictionary_dir>__DEFAULT__</dictionary_dir>
                        <source_lang>%s</source_lang>
                        <target_lang>%s</target_lang>
                        <sentence_seg>false</sentence_seg>
                        <support_default_translations>true</support_default_translations>
                        <remove_tags>false</remove_tags>
                    </project>
                </omegat>
                """.formatted(languages.source(), languages.target());
    }

    /** {@code omegat/filters.xml}: plain text in UTF-8, one segment a line. */
    public static String filters() {
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <filters removeTags="false" removeSpacesNonseg="false" preserveSpaces="false" ignoreFileContext="false">
                    <filter className="org.omegat.filters2.text.TextFilter" enabled="true">
                        <files sourceFilenameMask="*.txt" targetFilenamePattern="${filename}" sourceEncoding="UTF-8" targetEncoding="UTF-8"/>
                        <option name="segmentOn" value="BREAKS"/>
                    </filter>
                </filters>
                """;
    }

    /**
     * The repaired source text of a document: one line per bead that has Persian, a blank line where a paragraph
     * ends. A line break inside a bead's text becomes a space, as it would split the segment.
     */
    public static String source(Bitext bitext) {
        StringWriter out = new StringWriter();
        try {
            source(bitext, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);  // a StringWriter does not fail
        }
        return out.toString();
    }

    /** {@link #source(Bitext)} written into {@code out}. */
    public static void source(Bitext bitext, Writer out) throws IOException {
        int paragraph = -1;
        for (Row row : bitext.rows()) {
            if (row.source().isEmpty()) {
                continue;
            }
            int current = row.source().get(0).paragraph();
            if (paragraph >= 0 && current != paragraph) {
                out.append('\n');
            }
            paragraph = current;
            out.append(oneLine(row.sourceText())).append('\n');
        }
    }

    /** The text as the segment OmegaT will read from {@link #source}: what a memory entry must say to match it. */
    public static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\u2028\\u2029\\u0085]+", " ");
    }

    /**
     * One document's part of the memory for {@code tm/auto/}: the aligned pairs at or above the review threshold and
     * those a person approved, which OmegaT inserts as the translation of the segment they match. Drafts never go
     * here, where they would pass for translations, nor alignments below the threshold, which may pair the wrong
     * sentences.
     */
    public static String alignedPart(Bitext bitext, double threshold, LanguageTags languages) throws IOException {
        return TmxWriter.part(languages, alignedUnits(bitext, threshold));
    }

    /** {@link #alignedPart(Bitext, double, LanguageTags)} written into {@code out}. */
    public static void alignedPart(Bitext bitext, double threshold, LanguageTags languages, Writer out)
            throws IOException {
        TmxWriter.part(languages, alignedUnits(bitext, threshold), out);
    }

    private static List<TmxWriter.Unit> alignedUnits(Bitext bitext, double threshold) {
        return oneLine(TmxWriter.units(bitext, row -> isTranslation(row, threshold)));
    }

    /** The memory for {@code tm/auto/} from every document's {@link #alignedPart}, in order. */
    public static void alignedMemory(List<Path> parts, LanguageTags languages, Instant created, Writer out)
            throws IOException {
        TmxWriter.assemble(out, header(languages, created, "aligned"), parts);
    }

    /**
     * One document's part of the memory for {@code tm/}: aligned pairs below the review threshold, offered rather
     * than inserted, and the memory matches offered for each segment with their own source, origin and similarity;
     * OmegaT shows them as matches and scores them itself. A draft taken from a memory is one of these matches, so
     * it is not repeated with the segment's source, where it would pass for an exact match.
     */
    public static String matchPart(Bitext bitext, double threshold, LanguageTags languages) throws IOException {
        return TmxWriter.part(languages, matchUnits(bitext, threshold));
    }

    /** {@link #matchPart(Bitext, double, LanguageTags)} written into {@code out}. */
    public static void matchPart(Bitext bitext, double threshold, LanguageTags languages, Writer out)
            throws IOException {
        TmxWriter.part(languages, matchUnits(bitext, threshold), out);
    }

    private static List<TmxWriter.Unit> matchUnits(Bitext bitext, double threshold) {
        List<TmxWriter.Unit> units = new ArrayList<>(oneLine(TmxWriter.units(bitext,
                row -> row.draft().origin() == Origin.ALIGNED && !isTranslation(row, threshold))));
        for (Row row : bitext.rows()) {
            int n = 0;
            for (TmMatch match : row.matches()) {
                units.add(new TmxWriter.Unit(row.id() + "#m" + (++n), match.source(), match.target(), List.of(
                        new TmxWriter.Prop("x-document", bitext.docId()),
                        new TmxWriter.Prop("x-origin", "tm-match"),
                        new TmxWriter.Prop("x-memory", match.origin()),
                        new TmxWriter.Prop("x-similarity", String.valueOf(match.similarity())))));
            }
        }
        return units;
    }

    /** The memory for {@code tm/} from every document's {@link #matchPart}, in order. */
    public static void matchMemory(List<Path> parts, LanguageTags languages, Instant created, Writer out)
            throws IOException {
        TmxWriter.assemble(out, header(languages, created, "alignments to check and memory matches"), parts);
    }

    /**
     * One document's part of the memory for {@code tm/penalty-30/}: drafts made by a machine (MT engines), paired
     * with the segment they translate. OmegaT takes 30 points off matches from a {@code penalty-30} folder, so a
     * machine draft shows as a 70 % match to check, never as an exact one.
     */
    public static String machineDraftPart(Bitext bitext, LanguageTags languages) throws IOException {
        return TmxWriter.part(languages, oneLine(TmxWriter.units(bitext, OmegatProject::isMachineDraft)));
    }

    /** {@link #machineDraftPart(Bitext, LanguageTags)} written into {@code out}. */
    public static void machineDraftPart(Bitext bitext, LanguageTags languages, Writer out) throws IOException {
        TmxWriter.part(languages, oneLine(TmxWriter.units(bitext, OmegatProject::isMachineDraft)), out);
    }

    /** The memory for {@code tm/penalty-30/} from every document's {@link #machineDraftPart}, in order. */
    public static void machineDraftMemory(List<Path> parts, LanguageTags languages, Instant created, Writer out)
            throws IOException {
        TmxWriter.assemble(out, header(languages, created, "machine drafts"), parts);
    }

    /** Units with their Persian as the one-line segment OmegaT reads from {@link #source}. */
    private static List<TmxWriter.Unit> oneLine(List<TmxWriter.Unit> units) {
        return units.stream().map(u -> new TmxWriter.Unit(u.id(), oneLine(u.fa()), u.en(), u.props())).toList();
    }

    private static boolean isMachineDraft(Row row) {
        return row.draft().origin() == Origin.MT || row.draft().origin() == Origin.GLOSSARY;
    }

    private static boolean isTranslation(Row row, double threshold) {
        return row.draft().origin() == Origin.HUMAN
                || row.draft().origin() == Origin.ALIGNED && !row.lowConfidence(threshold);
    }

    private static TmxWriter.Header header(LanguageTags languages, Instant created, String content) {
        return new TmxWriter.Header(languages, created, List.of(new TmxWriter.Prop("x-content", content)));
    }
}
