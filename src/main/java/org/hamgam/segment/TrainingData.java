package org.hamgam.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hamgam.model.TmxUnit;

/**
 * Chooses the sentences {@link PersianSentenceModelTrainer} learns from, out of what the caller read from
 * sentence-per-line files and TMX files, leaving out the TMX documents held apart for evaluation
 * ({@link #HELD_OUT_TICO_DOCUMENTS}) and units that hold more than one sentence.
 */
public final class TrainingData {
    /**
     * TICO-19 documents (the part of a {@code tuid} before its last colon) kept out of training and used to
     * measure segmentation: all Wikinews articles plus one document of each other source.
     */
    public static final Set<String> HELD_OUT_TICO_DOCUMENTS = Set.of(
            "Wikinews_1", "Wikinews_2", "Wikinews_3", "Wikinews_4", "Wikinews_5", "Wikinews_6",
            "PubMed_9", "wiki_10", "wiki_13", "Wikipedia_handpicked_3", "Wikisource_1");

    private TrainingData() {
    }

    /** The Persian training sentences of a TMX's units: outside the held-out documents, one sentence each. */
    public static List<String> persianSentences(List<TmxUnit> units) {
        return tmxSentences(units, "fa", false).stream().filter(TrainingData::looksLikeOneSentence).toList();
    }

    /** The training sentences of a sentence-per-line file: its non-blank lines, stripped. */
    public static List<String> lines(List<String> lines) {
        return lines.stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /**
     * Whether a translation unit holds at most one sentence. TICO-19 units sometimes hold two (the English source
     * glued "SARS-CoV-2.In China" and the translator wrote them apart); trained as one sentence, such a unit would
     * teach the model that a real sentence end is none, and real non-ends are rare enough that this noise
     * dominates them. Such units are left out of training.
     */
    static boolean looksLikeOneSentence(String unit) {
        return new RuleSplitter(BoundaryRules.standard()).split(unit).size() <= 1;
    }

    /**
     * The segments in language {@code lang} (or a regional variant of it) of TMX units, in order, from the
     * held-out documents when {@code heldOut}, otherwise from the others.
     */
    public static List<String> tmxSentences(List<TmxUnit> units, String lang, boolean heldOut) {
        List<String> sentences = new ArrayList<>();
        for (TmxUnit unit : units) {
            if (HELD_OUT_TICO_DOCUMENTS.contains(documentOf(unit.id())) != heldOut) {
                continue;
            }
            for (TmxUnit.Variant variant : unit.variants()) {
                String text = variant.text().strip();
                if (variant.isIn(lang) && !text.isEmpty()) {
                    sentences.add(text);
                }
            }
        }
        return sentences;
    }

    private static String documentOf(String tuid) {
        if (tuid == null) {
            return "";
        }
        int colon = tuid.lastIndexOf(':');
        return colon < 0 ? tuid : tuid.substring(0, colon);
    }
}
