package org.hamgam;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The test data the repository carries: small cuts of the shared corpora (see
 * {@code src/test/resources/fixtures/README.md}), the XLIFF and TMX schemas, and the user's seed article.
 * Tests read these and never the shared data folder beside the repository, so a clone with nothing beside it
 * tests itself.
 */
public final class TestResources {
    /** The seed article's base name in {@code seeds/}. */
    public static final String SEED = "000_197c25bd1892c35a";

    private TestResources() {
    }

    /** The TICO-19 cut: 685 English–Persian pairs with their {@code DOC:N} tuids. */
    public static Path tico19Tmx() {
        return resource("fixtures/tico19/tico19-cut.en-fa.tmx");
    }

    /** The folder with the TICO-19 cut and the cuts of its three term lists. */
    public static Path tico19() {
        return resource("fixtures/tico19");
    }

    /** The folder with the UD Persian cuts, named as the shared files are. */
    public static Path udPersian() {
        return resource("fixtures/ud-persian");
    }

    /**
     * A hand-made Hunspell word list in the format of Debian's myspell-fa: a count line, then words, some with
     * flags; the words are invented or common, so that tests of ZWNJ repair see what the list alone adds.
     */
    public static Path tinyPersianDictionary() {
        return resource("fixtures/hunspell/fa-tiny.dic");
    }

    /** The OASIS XLIFF 2.1 schema folder. */
    public static Path xliff21Schemas() {
        return resource("schemas/xliff-2.1");
    }

    /** The TMX 1.4b schema folder. */
    public static Path tmx14Schemas() {
        return resource("schemas/tmx-1.4");
    }

    /** The repository's {@code seeds/} folder: the seed article and its English translation. */
    public static Path seeds() {
        Path seeds = Path.of("seeds").toAbsolutePath();
        if (!Files.isRegularFile(seeds.resolve(SEED + ".txt"))) {
            throw new IllegalStateException("the seed article is missing from " + seeds);
        }
        return seeds;
    }

    private static Path resource(String name) {
        URL url = TestResources.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("test resource missing: " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
