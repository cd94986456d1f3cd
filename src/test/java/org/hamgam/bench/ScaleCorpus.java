package org.hamgam.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a generated corpus for the scale benchmark: {@code N} documents, alternately the seed pair and a TICO-19
 * document, each repeated with changes (paragraphs dropped, a sentence pair left out, every tenth document
 * without English) so that no two documents are the same and boilerplate evidence spans the batch as it would.
 *
 * <p>Usage: {@code ScaleCorpus OUTPUT_DIR N [SEED]}.
 */
public final class ScaleCorpus {
    private ScaleCorpus() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 22;
        Path seeds = Path.of("seeds");
        List<String> seedFa = Files.readAllLines(seeds.resolve("000_197c25bd1892c35a.txt"), StandardCharsets.UTF_8);
        List<String> seedEn = Files.readAllLines(seeds.resolve("000_197c25bd1892c35a.en.txt"), StandardCharsets.UTF_8);
        List<List<String[]>> tico = new ArrayList<>(BenchData.tico().values());
        Files.createDirectories(out);
        Random random = new Random(seed);
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            String name = String.format("doc-%05d", i);
            String[] pair = i % 2 == 0 ? seedVariant(seedFa, seedEn, random) : ticoVariant(tico.get((i / 2) % tico.size()), random);
            Path fa = out.resolve(name + ".fa.txt");
            Files.writeString(fa, pair[0], StandardCharsets.UTF_8);
            bytes += pair[0].getBytes(StandardCharsets.UTF_8).length;
            if (i % 10 != 9) {
                Files.writeString(out.resolve(name + ".en.txt"), pair[1], StandardCharsets.UTF_8);
                bytes += pair[1].getBytes(StandardCharsets.UTF_8).length;
            }
        }
        System.out.printf("scale.corpus: %d documents, %.1f MB in %s%n", n, bytes / 1e6, out);
    }

    /** The seed pair with its frame kept and one of its middle paragraphs left out on both sides, when they match. */
    private static String[] seedVariant(List<String> fa, List<String> en, Random random) {
        List<String> f = new ArrayList<>(fa);
        List<String> e = new ArrayList<>(en);
        // The English has fewer lines than the Persian (no boilerplate), so drop only from the Persian middle and
        // the English middle independently: the aligner sees a 1-0 and a 0-1, as in real pairs.
        if (f.size() > 8) {
            f.remove(4 + random.nextInt(f.size() - 8));
        }
        if (e.size() > 4 && random.nextBoolean()) {
            e.remove(2 + random.nextInt(e.size() - 4));
        }
        return new String[] {String.join("\n", f) + "\n", String.join("\n", e) + "\n"};
    }

    /** A TICO-19 document, two to four sentences a paragraph, one sentence pair in twenty left out. */
    private static String[] ticoVariant(List<String[]> pairs, Random random) {
        StringBuilder fa = new StringBuilder();
        StringBuilder en = new StringBuilder();
        int inParagraph = 0;
        int paragraph = 2 + random.nextInt(3);
        for (String[] p : pairs) {
            if (random.nextInt(20) == 0) {
                continue;
            }
            if (inParagraph > 0) {
                fa.append(' ');
                en.append(' ');
            }
            fa.append(p[0]);
            en.append(p[1]);
            if (++inParagraph == paragraph) {
                fa.append('\n');
                en.append('\n');
                inParagraph = 0;
                paragraph = 2 + random.nextInt(3);
            }
        }
        if (inParagraph > 0) {
            fa.append('\n');
            en.append('\n');
        }
        return new String[] {fa.toString(), en.toString()};
    }
}
