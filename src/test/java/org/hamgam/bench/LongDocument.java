package org.hamgam.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes one long document for the memory benchmark of a single large input: the seed article's paragraphs and
 * TICO-19 sentences (two to four a paragraph), in turns and shuffled, until the Persian side holds {@code MB}
 * megabytes; with {@code --english}, the English side of the same pairs beside it, so that it aligns.
 *
 * <p>Usage: {@code LongDocument OUTPUT_DIR MB [--english]}; writes {@code long.fa.txt} (and {@code long.en.txt}).
 */
public final class LongDocument {
    private LongDocument() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        long limit = (long) (Double.parseDouble(args[1]) * 1_000_000);
        boolean english = args.length > 2 && args[2].equals("--english");
        Path seeds = Path.of("seeds");
        List<String> seedFa = Files.readAllLines(seeds.resolve("000_197c25bd1892c35a.txt"), StandardCharsets.UTF_8);
        List<String> seedEn = Files.readAllLines(seeds.resolve("000_197c25bd1892c35a.en.txt"), StandardCharsets.UTF_8);
        Map<String, List<String[]>> tico = BenchData.tico();
        List<String[]> sentences = BenchData.repeated(tico, tico.values().stream().mapToInt(List::size).sum(), 22);
        Files.createDirectories(out);
        Random random = new Random(50);
        long bytes = 0;
        int paragraphs = 0;
        try (BufferedWriter fa = Files.newBufferedWriter(out.resolve("long.fa.txt"), StandardCharsets.UTF_8);
             BufferedWriter en = english ? Files.newBufferedWriter(out.resolve("long.en.txt"), StandardCharsets.UTF_8)
                     : null) {
            int next = 0;
            while (bytes < limit) {
                String[] paragraph = paragraphs % 5 == 4 ? seedParagraph(seedFa, seedEn, random)
                        : ticoParagraph(sentences, next, 2 + random.nextInt(3));
                if (paragraphs % 5 != 4) {
                    next += 4;
                }
                fa.write(paragraph[0]);
                fa.write('\n');
                if (en != null) {
                    en.write(paragraph[1]);
                    en.write('\n');
                }
                bytes += paragraph[0].getBytes(StandardCharsets.UTF_8).length + 1;
                paragraphs++;
            }
        }
        System.out.printf("long.document: %d paragraphs, %.1f MB of Persian%s in %s%n", paragraphs, bytes / 1e6,
                english ? " with English" : "", out);
    }

    /**
     * A paragraph of the seed article's body (not its frame) and the English paragraph at the same relative place:
     * the two sides do not always say the same, as in real pairs, which the aligner then leaves out.
     */
    private static String[] seedParagraph(List<String> fa, List<String> en, Random random) {
        List<String> body = fa.size() > 8 ? fa.subList(4, fa.size() - 4) : fa;
        int i = random.nextInt(body.size());
        String english = en.get(i * en.size() / body.size());
        return new String[] {body.get(i).strip(), english.strip()};
    }

    private static String[] ticoParagraph(List<String[]> sentences, int from, int count) {
        List<String> fa = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            String[] pair = sentences.get((from + k) % sentences.size());
            fa.add(pair[0]);
            en.add(pair[1]);
        }
        return new String[] {String.join(" ", fa), String.join(" ", en)};
    }
}
