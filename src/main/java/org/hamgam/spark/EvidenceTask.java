package org.hamgam.spark;

import java.nio.charset.Charset;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.hamgam.io.BadInputException;
import org.hamgam.io.TextFiles;
import org.hamgam.pipeline.RepeatedLines;

/** Counts a partition's label lines, the boilerplate evidence, which the driver adds up over the batch. */
final class EvidenceTask implements FlatMapFunction<Iterator<Task>, RepeatedLines> {
    private static final long serialVersionUID = 1L;
    private final HadoopSettings hadoop;
    private final String root;
    private final String encoding;

    EvidenceTask(HadoopSettings hadoop, String root, Optional<Charset> encoding) {
        this.hadoop = hadoop;
        this.root = root;
        this.encoding = encoding.map(Charset::name).orElse(null);
    }

    @Override
    public Iterator<RepeatedLines> call(Iterator<Task> tasks) throws Exception {
        RepeatedLines lines = new RepeatedLines();
        FileSystem fs = HadoopFiles.fileSystem(HadoopFiles.path(root), hadoop.configuration());
        while (tasks.hasNext()) {
            Task task = tasks.next();
            try {
                byte[] bytes = HadoopFiles.read(fs, new Path(HadoopFiles.path(root), task.persianFile()));
                lines.add(TextFiles.decode(java.nio.file.Path.of(task.persianShown()), bytes,
                        Optional.ofNullable(encoding).map(Charset::forName)).text());
            } catch (BadInputException | java.io.IOException e) {
                // Reported when the document itself is read.
            }
        }
        return List.of(lines).iterator();
    }
}
