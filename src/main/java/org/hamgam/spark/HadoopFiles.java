package org.hamgam.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.hamgam.pipeline.FileSink;

/**
 * Files through Hadoop's file systems (local, {@code hdfs://}, {@code s3a://}). The local one is used raw: its
 * checksummed form would leave a {@code .crc} file beside every output.
 */
final class HadoopFiles {
    private HadoopFiles() {
    }

    static FileSystem fileSystem(URI uri, Configuration conf) throws IOException {
        FileSystem fs = FileSystem.get(uri, conf);
        return fs instanceof LocalFileSystem local ? local.getRawFileSystem() : fs;
    }

    static FileSystem fileSystem(Path path, Configuration conf) throws IOException {
        return fileSystem(path.toUri(), conf);
    }

    /**
     * A path from a URI's text, as {@link java.net.URI#toString} writes it: Hadoop's own parsing of a string would
     * keep its escapes ({@code %5B} for {@code [}) as characters of the name.
     */
    static Path path(String uri) {
        return new Path(URI.create(uri));
    }

    /** Whether a path given by a user is on this machine's own file system (no scheme, or {@code file:}). */
    static boolean isLocal(String path) {
        String scheme = new Path(path).toUri().getScheme();
        return scheme == null || scheme.equals("file");
    }

    static byte[] read(FileSystem fs, Path file) throws IOException {
        try (InputStream in = fs.open(file)) {
            return in.readAllBytes();
        }
    }

    /** Writes a folder's files, refusing to replace one: two documents meeting in one folder is an error. */
    /** What is done with a file sink for each folder. */
    @FunctionalInterface
    interface SinkUse<T> {
        T apply(List<FileSink> sinks) throws IOException;
    }

    /**
     * Makes {@code folders} and gives {@code use} a sink into each, whose files are streamed to the file system;
     * when {@code use} fails, the folders are removed with whatever was written into them.
     */
    static <T> T writing(FileSystem fs, List<Path> folders, SinkUse<T> use) throws IOException {
        List<FileSink> sinks = new ArrayList<>();
        for (Path folder : folders) {
            fs.mkdirs(folder);
            sinks.add(name -> FileSink.utf8(fs.create(new Path(folder, name), false)));
        }
        boolean done = false;
        try {
            T result = use.apply(sinks);
            done = true;
            return result;
        } finally {
            if (!done) {
                for (Path folder : folders) {
                    fs.delete(folder, true);
                }
            }
        }
    }
}
