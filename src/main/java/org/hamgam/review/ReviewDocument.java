package org.hamgam.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.hamgam.io.AtomicFiles;
import org.hamgam.io.BadInputException;
import org.hamgam.io.FileLocks;
import org.hamgam.io.ReviewImporter;
import org.hamgam.align.Alignment;
import org.hamgam.align.BeadModel;
import org.hamgam.model.Bead;
import org.hamgam.model.Bitext;
import org.hamgam.model.Draft;
import org.hamgam.model.Issue;
import org.hamgam.model.Origin;
import org.hamgam.model.Review;
import org.hamgam.model.Row;
import org.hamgam.pipeline.ConfidenceNote;
import org.hamgam.pipeline.Pipeline;
import org.hamgam.pipeline.RowChecker;
import org.hamgam.pipeline.RunOutput;

/**
 * One document under review: the beads now, the lists before them (undo) and after them (redo), and the journal
 * that makes them last. Every accepted edit is journaled, then the document's files are written again, then the
 * answer goes out; the version counts journaled edits, so that an edit made on an older view is refused.
 *
 * <p>On disk, in {@code OUTPUT/.review/NAME/} (a run replaces a document's folder whole, so the review lives beside
 * it): {@code base.jsonl}, the run's JSONL as it was before the first edit, and {@code journal.jsonl}. Opening
 * replays the journal over the base. Each entry records a digest of the JSONL it led to, and {@code replayed.txt}
 * those of the JSONL replays wrote; a {@code NAME.jsonl} matching none of them was written by a new run, and the old review is set aside rather than replayed over a
 * different alignment. Files are written under the output folder's lock, so a run and a review never write at
 * once.
 */
final class ReviewDocument {
    /** A UTC time that reads plainly and is a valid file name everywhere (no colons). */
    private static final java.time.format.DateTimeFormatter SET_ASIDE_TIME = java.time.format.DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HHmmss'Z'").withZone(java.time.ZoneOffset.UTC);
    /** In the review's folder: digests of the JSONL replays of the journal wrote, one a line. */
    private static final String REPLAYED = "replayed.txt";
    private static final int REPLAYED_KEPT = 16;
    private final String id;
    private final RunOutput output;
    private final Sentences sentences;
    private final RowChecker checker;
    private final Pipeline pipeline;
    /** The run's confidence of each bead it drew, by its sentences; a bead a reviewer reshaped is scored anew. */
    private final Map<String, Double> runScores = new HashMap<>();
    private BeadModel model;
    private final Journal journal;
    private final Path base;
    private final Map<String, List<Issue>> baseIssues = new HashMap<>();
    private final Map<String, List<Issue>> checked = new HashMap<>();
    private final Deque<List<ReviewBead>> undo = new ArrayDeque<>();
    private final Deque<List<ReviewBead>> redo = new ArrayDeque<>();
    private List<ReviewBead> beads;
    private int version;
    private Bitext bitext;
    /** The digest of the JSONL this review last read or wrote: another one on disk means a run wrote it since. */
    private String onDisk;
    /** Where an earlier review that no longer fit the document was moved on opening; null when none was. */
    private Path setAside;

    private ReviewDocument(String id, RunOutput output, Bitext start, RowChecker checker, Pipeline pipeline,
                           Path reviewDir) {
        this.id = id;
        this.output = output;
        this.sentences = new Sentences(start);
        this.checker = checker;
        this.pipeline = pipeline;
        this.journal = new Journal(reviewDir.resolve("journal.jsonl"));
        this.base = reviewDir.resolve("base.jsonl");
        List<ReviewBead> list = new ArrayList<>();
        for (Row row : start.rows()) {
            ReviewBead bead = new ReviewBead(row.bead().source(), row.bead().target(), row.bead().score(), row.draft(),
                    row.matches(), row.review());
            list.add(bead);
            baseIssues.put(key(bead), row.issues());
            runScores.put(sides(bead), bead.score());
        }
        this.beads = List.copyOf(list);
    }

    /**
     * Opens a document: from the run's JSONL, or from the base and journal a review left.
     *
     * @param warn told when a review is set aside because the run was done again
     */
    static ReviewDocument open(String id, RunOutput output, RowChecker checker, Pipeline pipeline,
                               Consumer<String> warn)
            throws IOException, BadInputException {
        Path reviewDir = output.reviewFolder(id);
        Journal journal = new Journal(reviewDir.resolve("journal.jsonl"));
        Path base = reviewDir.resolve("base.jsonl");
        Path jsonl = output.jsonl(id);
        if (journal.exists() && Files.isRegularFile(base)) {
            List<JsonNode> entries = journal.read();
            Set<String> ours = new HashSet<>(replayed(reviewDir));
            ours.add(digest(Files.readString(base, StandardCharsets.UTF_8)));
            entries.forEach(e -> ours.add(e.path("jsonl").asText()));
            if (ours.contains(digest(Files.readString(jsonl, StandardCharsets.UTF_8)))) {
                ReviewDocument doc = new ReviewDocument(id, output, output.load(id, base), checker, pipeline,
                        reviewDir);
                doc.replay(entries);
                return doc;
            }
            Path aside = setAside(reviewDir, id);
            warn.accept(id + ": " + jsonl.getFileName() + " was written by a new run since the last review; the "
                    + "earlier review is kept in " + aside + " and this one starts from the new files");
            ReviewDocument doc = fresh(id, output, checker, pipeline, reviewDir);
            doc.setAside = aside;
            return doc;
        }
        return fresh(id, output, checker, pipeline, reviewDir);
    }

    private static ReviewDocument fresh(String id, RunOutput output, RowChecker checker, Pipeline pipeline,
                                        Path reviewDir) throws IOException, BadInputException {
        ReviewDocument doc = new ReviewDocument(id, output, output.load(id), checker, pipeline, reviewDir);
        doc.onDisk = digest(Files.readString(output.jsonl(id), StandardCharsets.UTF_8));
        return doc;
    }

    /**
     * Moves a review that no longer fits its document out of the way, under a name that says when:
     * {@code NAME.set-aside-2026-12-07T064012Z}, with {@code -2}, {@code -3}... when that one is taken.
     */
    private static Path setAside(Path reviewDir, String id) throws IOException {
        String when = SET_ASIDE_TIME.format(java.time.Instant.now());
        Path aside = reviewDir.resolveSibling(id + ".set-aside-" + when);
        for (int n = 2; Files.exists(aside); n++) {
            aside = reviewDir.resolveSibling(id + ".set-aside-" + when + "-" + n);
        }
        Files.move(reviewDir, aside, StandardCopyOption.ATOMIC_MOVE);
        return aside;
    }

    /** Where an earlier review that no longer fit was moved when this document was opened, if one was. */
    java.util.Optional<Path> setAside() {
        return java.util.Optional.ofNullable(setAside);
    }

    private void replay(List<JsonNode> entries) throws IOException {
        for (JsonNode entry : entries) {
            Stamp stamp = new Stamp(entry.path("reviewer").asText(), entry.path("time").asText());
            try {
                step(Command.parse(entry), stamp);
            } catch (EditException e) {
                throw new IOException(journal.file() + ": entry " + (version + 1) + " no longer applies: "
                        + e.getMessage(), e);
            }
            version++;
        }
        bitext = render(beads);
        Map<String, String> files = output.render(id, bitext);
        rememberReplayed(digest(files.get(id + ".jsonl")));
        String written = Files.readString(output.jsonl(id), StandardCharsets.UTF_8);
        if (!written.equals(files.get(id + ".jsonl"))) {
            // The last edit was journaled but its files were not all written: finish the job.
            try (FileLocks.Held lock = output.lock()) {
                output.publish(id, files, bitext);
            }
        }
        onDisk = digest(files.get(id + ".jsonl"));
        remember(bitext.rows());
    }

    /**
     * The digests of the JSONL replays of this review wrote. A replay scores and checks the edited beads with the
     * options of whoever replays it (a run that keeps the review, or a server started with another glossary), so
     * its files need not be those the journal recorded; without these, the next opening would take them for a new
     * run's and set the review aside.
     */
    private static List<String> replayed(Path reviewDir) throws IOException {
        Path file = reviewDir.resolve(REPLAYED);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList();
    }

    /** Adds {@code digest} to the replays' digests, keeping the latest few: only the file on disk is ever compared. */
    private void rememberReplayed(String digest) throws IOException {
        Path reviewDir = journal.file().getParent();
        List<String> known = new ArrayList<>(replayed(reviewDir));
        if (known.contains(digest)) {
            return;
        }
        known.add(digest);
        List<String> kept = known.subList(Math.max(0, known.size() - REPLAYED_KEPT), known.size());
        AtomicFiles.writeString(reviewDir.resolve(REPLAYED), String.join("\n", kept) + "\n");
    }

    String id() {
        return id;
    }

    /** Whether the document's JSONL is still the one this review read or wrote, not a new run's. */
    synchronized boolean current() throws IOException {
        return digest(Files.readString(output.jsonl(id), StandardCharsets.UTF_8)).equals(onDisk);
    }

    synchronized int version() {
        return version;
    }

    synchronized boolean canUndo() {
        return !undo.isEmpty();
    }

    synchronized boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The document now, as the writers see it. */
    synchronized Bitext bitext() {
        if (bitext == null) {
            bitext = render(beads);
        }
        return bitext;
    }

    /**
     * Applies a command made on {@code seenVersion}: journals it, writes the files again and, for an acceptance,
     * adds the pair to the project memory.
     *
     * @throws StaleVersionException when the document changed since {@code seenVersion}
     * @throws EditException when the command does not apply
     */
    synchronized Bitext apply(int seenVersion, Command command, Stamp stamp) throws IOException {
        if (seenVersion != version) {
            throw new StaleVersionException(id, seenVersion, version);
        }
        List<ReviewBead> before = beads;
        Deque<List<ReviewBead>> undoBefore = new ArrayDeque<>(undo);
        Deque<List<ReviewBead>> redoBefore = new ArrayDeque<>(redo);
        step(command, stamp);
        try (FileLocks.Held lock = output.lock()) {
            if (!current()) {
                throw new HttpError(409, id + " was written again by 'hamgam run' since this review read it: "
                        + "reload to review the new files");
            }
            Bitext next = render(beads);
            Map<String, String> files = output.render(id, next);
            if (!journal.exists()) {
                AtomicFiles.writeString(base, Files.readString(output.jsonl(id), StandardCharsets.UTF_8));
            }
            ObjectNode entry = command.toJson();
            entry.put("reviewer", stamp.reviewer());
            entry.put("time", stamp.time());
            entry.put("jsonl", digest(files.get(id + ".jsonl")));
            journal.append(entry);
            version++;
            bitext = next;
            output.publish(id, files, next);
            onDisk = entry.path("jsonl").asText();
            if (command.edit() instanceof Edit.Decide) {
                remember(next.rows());
            }
            return next;
        } catch (FileLocks.FolderInUseException e) {
            restore(before, undoBefore, redoBefore);
            throw new HttpError(409, e.getMessage());
        } catch (IOException | RuntimeException e) {
            if (version == seenVersion) {
                restore(before, undoBefore, redoBefore);
            }
            throw e;
        }
    }

    /** Goes back to the state before an edit that was not kept. */
    private void restore(List<ReviewBead> before, Deque<List<ReviewBead>> undoBefore,
                         Deque<List<ReviewBead>> redoBefore) {
        beads = before;
        bitext = null;
        undo.clear();
        undo.addAll(undoBefore);
        redo.clear();
        redo.addAll(redoBefore);
    }

    private void step(Command command, Stamp stamp) {
        switch (command.op()) {
            case Command.UNDO -> {
                if (undo.isEmpty()) {
                    throw new EditException("nothing to undo");
                }
                redo.push(beads);
                beads = undo.pop();
            }
            case Command.REDO -> {
                if (redo.isEmpty()) {
                    throw new EditException("nothing to redo");
                }
                undo.push(beads);
                beads = redo.pop();
            }
            default -> {
                List<ReviewBead> next = List.copyOf(command.edit().apply(beads, sentences, stamp));
                undo.push(beads);
                redo.clear();
                beads = next;
            }
        }
        bitext = null;
    }

    /**
     * The rows of a list of beads. A bead as the run drew it keeps the run's confidence and findings; a bead a
     * reviewer reshaped is scored by the aligner's model and checked again.
     */
    private Bitext render(List<ReviewBead> list) {
        String docId = sentences.base().docId();
        List<Bead> beads = scored(list);
        List<Row> rows = new ArrayList<>(list.size());
        Set<String> unchecked = new LinkedHashSet<>();
        for (int k = 0; k < list.size(); k++) {
            ReviewBead b = list.get(k);
            Bead bead = beads.get(k);
            String rowId = docId + ":" + (k + 1);
            String key = key(b);
            List<Issue> issues = baseIssues.containsKey(key) ? baseIssues.get(key) : checked.get(key);
            if (issues == null) {
                unchecked.add(rowId);
                issues = List.of();
            }
            Draft draft = b.draft().origin() == Origin.ALIGNED
                    ? new Draft(b.draft().text(), Origin.ALIGNED, b.draft().engine(), bead.score()) : b.draft();
            rows.add(new Row(rowId, bead, sentences.persian(b.source()), sentences.english(b.target()), draft,
                    sentences.terms(b.source()), renamed(issues, rowId), b.matches(), b.review()));
        }
        if (!unchecked.isEmpty()) {
            Map<String, List<Issue>> found = checker.check(rows, sentences.aligned(), unchecked);
            for (int k = 0; k < rows.size(); k++) {
                Row row = rows.get(k);
                if (unchecked.contains(row.id())) {
                    List<Issue> issues = found.getOrDefault(row.id(), List.of());
                    checked.put(key(list.get(k)), issues);
                    rows.set(k, row.withIssues(issues));
                }
            }
        }
        rows.replaceAll(row -> row.withIssues(RowChecker.settled(row)));
        Bitext start = sentences.base();
        boolean reshaped = beads.stream().anyMatch(b -> !runScores.containsKey(sides(b.source(), b.target())));
        boolean decided = list.stream().anyMatch(b -> !b.review().pending());
        double quality = (reshaped || decided) && start.aligned()
                ? Alignment.quality(reviewed(beads, list), start.source().segments().size(),
                start.target().map(t -> t.segments().size()).orElse(0)) : start.quality();
        List<String> notes = reshaped || decided
                ? ConfidenceNote.recount(start.notes(), rows, output.reviewThreshold()) : start.notes();
        return new Bitext(start.docId(), start.source(), start.target(), rows, quality, notes);
    }

    /**
     * The beads as the document's quality weighs them: a reviewer's decision stands for the pair, whatever the
     * aligner's score; an accepted bead is certain, a rejected one is no alignment at all.
     */
    private static List<Bead> reviewed(List<Bead> beads, List<ReviewBead> list) {
        List<Bead> out = new ArrayList<>(beads.size());
        for (int k = 0; k < beads.size(); k++) {
            Bead b = beads.get(k);
            Review review = list.get(k).review();
            double confidence = review.accepted() ? 1 : review.pending() ? b.score() : 0;
            out.add(new Bead(b.source(), b.target(), confidence));
        }
        return out;
    }

    /** The beads with their confidence: the run's for a bead it drew, the aligner's model's for a reshaped one. */
    private List<Bead> scored(List<ReviewBead> list) {
        List<Bead> beads = new ArrayList<>(list.size());
        boolean reshaped = false;
        for (ReviewBead b : list) {
            Double run = runScores.get(sides(b));
            reshaped |= run == null;
            beads.add(new Bead(b.source(), b.target(), run != null ? run : Math.max(0, Math.min(1, b.score()))));
        }
        if (!reshaped || !sentences.aligned()) {
            return beads;
        }
        if (model == null) {
            model = pipeline.beadModel(sentences.base());
        }
        List<Double> confidences = model.confidences(beads);
        for (int k = 0; k < beads.size(); k++) {
            Bead b = beads.get(k);
            if (!runScores.containsKey(sides(b.source(), b.target()))) {
                beads.set(k, new Bead(b.source(), b.target(), confidences.get(k)));
            }
        }
        return beads;
    }

    private static String sides(ReviewBead bead) {
        return sides(bead.source(), bead.target());
    }

    private static String sides(List<Integer> source, List<Integer> target) {
        return source + "|" + target;
    }

    /** Adds the accepted pairs to the project memory; pairs already there are left alone. */
    private void remember(List<Row> rows) throws IOException {
        List<ReviewImporter.ApprovedPair> pairs = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
            Row row = rows.get(k);
            if (row.review().accepted() && !row.source().isEmpty() && !row.targetText().isEmpty()) {
                pairs.add(new ReviewImporter.ApprovedPair(id + ".xlf", "s" + (k + 1), row.id(), row.sourceText(),
                        row.targetText(), "reviewed"));
            }
        }
        if (!pairs.isEmpty()) {
            output.remember(pairs);
        }
    }

    private static List<Issue> renamed(List<Issue> issues, String rowId) {
        return issues.stream().map(i -> i.segment().equals(rowId) ? i : new Issue(i.code(), i.severity(), rowId,
                i.start(), i.end(), i.message(), i.suggestion())).toList();
    }

    /** What a bead's findings depend on: its sentences and its English. */
    private static String key(ReviewBead bead) {
        return bead.source() + "|" + bead.target() + "|" + bead.draft().text();
    }

    static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

}
