package org.hamgam.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.hamgam.draft.DraftChain;
import org.hamgam.glossary.Glossary;
import org.hamgam.glossary.GlossaryException;
import org.hamgam.model.Bitext;
import org.hamgam.model.Document;
import org.hamgam.model.Lang;
import org.hamgam.pipeline.GlossaryFiles;
import org.hamgam.pipeline.Pipeline;
import org.hamgam.pipeline.Stages;

/** The seed document pair as the pipeline aligns it, for writer and browser tests. */
final class SeedFixture {
    private SeedFixture() {
    }

    static Path seeds() {
        return Path.of("seeds");
    }

    /** The seed article and its English translation, through the real pipeline as {@code hamgam run} does it. */
    static Bitext seed() throws IOException {
        return seed(UnaryOperator.identity());
    }

    /** The seed pair with its English changed by {@code english} first: an error planted for a test to find. */
    static Bitext seed(UnaryOperator<String> english) throws IOException {
        String id = "000_197c25bd1892c35a";
        try {
            Glossary glossary = GlossaryFiles.load(List.of(Path.of("glossary")));
            Pipeline pipeline = Stages.standard(glossary, DraftChain.none(), 0.5, false).create(Set.of());
            return pipeline.process(new Document(id, Lang.FA, Files.readString(seeds().resolve(id + ".txt"))),
                    Optional.of(new Document(id, Lang.EN,
                            english.apply(Files.readString(seeds().resolve(id + ".en.txt"))))));
        } catch (GlossaryException e) {
            throw new IOException(e);
        }
    }
}
