package org.hamgam.spark;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.Function;
import org.hamgam.glossary.TermCounts;
import org.hamgam.io.OutputNames;
import org.hamgam.model.SentencePair;
import org.hamgam.pipeline.TermCounter;

/**
 * The term counts of one group of documents ({@link org.hamgam.pipeline.TermGroups}), made on an executor from the
 * aligned pairs each document left in its staged parts, so that no pair reaches the driver: it merges the groups'
 * summaries in order, as the plain engine does.
 */
final class TermTask implements Function<List<String>, TermCounts> {
    private static final long serialVersionUID = 1L;
    /** A document's aligned pairs, staged beside its parts of the batch files. */
    static final String PAIRS = "aligned-pairs.bin";

    private final HadoopSettings hadoop;
    private final String parts;

    TermTask(HadoopSettings hadoop, String parts) {
        this.hadoop = hadoop;
        this.parts = parts;
    }

    /** Stages a document's aligned pairs in its parts folder; none when it has none. */
    static void stage(FileSystem fs, Path folder, List<SentencePair> pairs) throws IOException {
        if (pairs.isEmpty()) {
            return;
        }
        try (ObjectOutputStream out = new ObjectOutputStream(fs.create(new Path(folder, PAIRS), false))) {
            out.writeObject(new ArrayList<>(pairs));
        }
    }

    @Override
    public TermCounts call(List<String> group) throws Exception {
        Path root = HadoopFiles.path(parts);
        FileSystem fs = HadoopFiles.fileSystem(root, hadoop.configuration());
        List<SentencePair> pairs = new ArrayList<>();
        for (String name : group) {
            Path file = new Path(new Path(root, OutputNames.safe(name)), PAIRS);
            if (fs.exists(file)) {
                pairs.addAll(read(fs, file));
            }
        }
        return TermCounter.summarize(pairs);
    }

    @SuppressWarnings("unchecked")
    private static List<SentencePair> read(FileSystem fs, Path file) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(fs.open(file))) {
            return (List<SentencePair>) in.readObject();
        }
    }
}
