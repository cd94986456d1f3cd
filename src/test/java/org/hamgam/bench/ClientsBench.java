package org.hamgam.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.tmx.TmxFilter;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.hamgam.Omegat;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * How the files of a {@code hamgam run} output folder fare in the clients translators use: Okapi's XLIFF 2 reader
 * with validation on, Okapi's TMX and XLIFF 1.2 filters in a fa→en project, and OmegaT in console mode on the
 * OmegaT project; and whether the review table shows the Persian the XLIFF carries. Usage: ClientsBench OUTPUT.
 */
public final class ClientsBench {
    private static final String XLIFF2 = "urn:oasis:names:tc:xliff:document:2.0";
    private static final String XLIFF12 = "urn:oasis:names:tc:xliff:document:1.2";

    private ClientsBench() {
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args[0]);
        List<Path> documents;
        try (Stream<Path> list = Files.list(output)) {
            documents = list.filter(p -> Files.exists(p.resolve(p.getFileName() + ".xlf"))).sorted().toList();
        }
        int valid = 0;
        int units = 0;
        int targets = 0;
        int rows = 0;
        int differ = 0;
        int duplicates = 0;
        for (Path dir : documents) {
            String name = dir.getFileName().toString();
            try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL)) {
                reader.open(dir.resolve(name + ".xlf").toFile());
                while (reader.hasNext()) {
                    reader.next();
                }
                valid++;
            } catch (RuntimeException e) {
                System.out.println("okapi_xliff2_error." + name + ": " + e.getMessage().replace('\n', ' '));
            }
            int[] tmx = filter(new TmxFilter(), dir.resolve(name + ".tmx"));
            units += tmx[0];
            targets += tmx[1];
            Document xliff = parse(dir.resolve(name + ".xlf"));
            List<String> sources = new ArrayList<>();
            NodeList segments = xliff.getElementsByTagNameNS(XLIFF2, "segment");
            for (int i = 0; i < segments.getLength(); i++) {
                Element segment = (Element) segments.item(i);
                if (!"no".equals(((Element) segment.getParentNode()).getAttribute("translate"))) {
                    sources.add(segment.getElementsByTagNameNS(XLIFF2, "source").item(0).getTextContent());
                }
            }
            List<String> lines = Files.readAllLines(dir.resolve(name + ".tsv"));
            int column = Arrays.asList(lines.get(0).split("\t")).indexOf("persian");
            for (int i = 1; i < lines.size(); i++) {
                rows++;
                differ += lines.get(i).split("\t", -1)[column].equals(sources.get(i - 1)) ? 0 : 1;
            }
            NodeList transUnits = parse(dir.resolve(name + ".xliff12.xlf")).getElementsByTagNameNS(XLIFF12, "trans-unit");
            for (int i = 0; i < transUnits.getLength(); i++) {
                Set<String> seen = new HashSet<>();
                for (Node n = transUnits.item(i).getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element e && "note".equals(e.getLocalName()) && !seen.add(e.getTextContent())) {
                        duplicates++;
                    }
                }
            }
        }
        System.out.println("clients.okapi_xliff2_valid_files: " + valid + " of " + documents.size());
        System.out.println("clients.okapi_tmx_fa_en_targets: " + targets + " of " + units + " units");
        System.out.println("clients.tsv_persian_unlike_xliff: " + differ + " of " + rows + " rows");
        System.out.println("clients.xliff12_repeated_notes: " + duplicates);
        omegat(output.resolve("omegat"));
    }

    /** OmegaT fills the target files from the project's memories; the share of aligned lines it filled. */
    private static void omegat(Path project) throws Exception {
        if (!Files.isExecutable(Omegat.PROGRAM) || !Files.exists(project.resolve("omegat.project"))) {
            System.out.println("clients.omegat: not run (no OmegaT or no project)");
            return;
        }
        Path home = Files.createTempDirectory("omegat-home");
        long start = System.nanoTime();
        Omegat.translate(project, home);
        double seconds = (System.nanoTime() - start) / 1e9;
        int lines = 0;
        int translated = 0;
        try (Stream<Path> sources = Files.list(project.resolve("source"))) {
            for (Path source : sources.sorted().toList()) {
                List<String> in = Files.readAllLines(source);
                List<String> out = Files.readAllLines(project.resolve("target").resolve(source.getFileName()));
                for (int i = 0; i < in.size(); i++) {
                    if (!in.get(i).isBlank()) {
                        lines++;
                        translated += i < out.size() && !out.get(i).equals(in.get(i)) ? 1 : 0;
                    }
                }
            }
        }
        System.out.println("clients.omegat_lines_translated: " + translated + " of " + lines);
        System.out.printf(java.util.Locale.ROOT, "clients.omegat_console_seconds: %.1f%n", seconds);
    }

    /** Translatable units and those with a target in the target language, as Okapi's filter reads the file. */
    private static int[] filter(IFilter filter, Path file) throws Exception {
        LocaleId target = LocaleId.fromString("en");
        int[] counts = new int[2];
        try (filter; RawDocument doc = new RawDocument(file.toUri(), "UTF-8", LocaleId.fromString("fa"), target)) {
            filter.open(doc);
            while (filter.hasNext()) {
                var event = filter.next();
                if (event.isTextUnit() && event.getTextUnit().isTranslatable()) {
                    counts[0]++;
                    counts[1] += event.getTextUnit().getTarget(target) == null ? 0 : 1;
                }
            }
        } catch (RuntimeException e) {
            System.out.println("okapi_tmx_error." + file.getFileName() + ": " + e.getMessage().replace('\n', ' '));
        }
        return counts;
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
