package org.hamgam.segment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads sentence-per-line training files and TMX files for {@link PersianSentenceModelTrainer}, leaving out the
 * parts held apart for evaluation: files whose name contains {@code test} and the TMX documents in
 * {@link #HELD_OUT_TICO_DOCUMENTS}. This is the one class of the package that reads files.
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

    /**
     * The Persian training sentences under {@code paths}: a directory contributes its {@code *.txt} files (except
     * licences and {@code *test*} files, one sentence a line) and the Persian side of its {@code *.tmx} files
     * (except held-out documents); a file is read as what its extension says. Files are read in name order.
     */
    public static List<String> persianSentences(List<Path> paths) throws IOException {
        List<String> sentences = new ArrayList<>();
        for (Path path : paths) {
            List<Path> files;
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    files = listing.filter(TrainingData::isTrainingFile).sorted().toList();
                }
            } else {
                files = List.of(path);
            }
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.endsWith(".tmx")) {
                    sentences.addAll(tmxSentences(file, "fa", false));
                } else {
                    sentences.addAll(sentenceFile(file));
                }
            }
        }
        return sentences;
    }

    private static boolean isTrainingFile(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && !name.startsWith("LICENSE") && !name.contains("test")
                && (name.endsWith(".txt") || name.endsWith(".tmx"));
    }

    /** The non-blank lines of a UTF-8 file, stripped. */
    public static List<String> sentenceFile(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /**
     * The segments in language {@code lang} (or a regional variant of it) of a TMX file, in file order, from the
     * held-out documents when {@code heldOut}, otherwise from the others.
     */
    public static List<String> tmxSentences(Path tmx, String lang, boolean heldOut) throws IOException {
        List<String> sentences = new ArrayList<>();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(tmx)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            String document = "";
            String tuvLang = "";
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (reader.getLocalName()) {
                    case "tu" -> document = documentOf(reader.getAttributeValue(null, "tuid"));
                    case "tuv" -> tuvLang = tuvLanguage(reader);
                    case "seg" -> {
                        String text = segText(reader).strip();
                        boolean wanted = tuvLang.equals(lang) || tuvLang.startsWith(lang + "-")
                                || tuvLang.startsWith(lang + "_");
                        if (wanted && !text.isEmpty() && HELD_OUT_TICO_DOCUMENTS.contains(document) == heldOut) {
                            sentences.add(text);
                        }
                    }
                    default -> { }
                }
            }
            reader.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot read TMX " + tmx + ": " + e.getMessage(), e);
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

    private static String tuvLanguage(XMLStreamReader reader) {
        String value = reader.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        if (value == null) {
            value = reader.getAttributeValue(null, "lang");
        }
        return value == null ? "" : value.toLowerCase(java.util.Locale.ROOT);
    }

    /** The character content of a {@code <seg>}, inline markup dropped. */
    private static String segText(XMLStreamReader reader) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0 && reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (depth == 1 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE)) {
                text.append(reader.getText());
            }
        }
        return text.toString();
    }
}
