package org.parcelrecon.reconcile.read;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A register split by commune into temporary files while it is scanned, so that a province run holds one
 * commune's rows at a time. Each row goes to the file of each commune it may be in today (one, or several for a row
 * of a pre-2025 commune that was split), as written, with its original line; {@link #read} parses a commune's rows
 * back with the same {@link RegisterReader}.
 *
 * <p>Use: {@link #sink(RegisterReader.Sink)} as the scan's sink (forwarding rejections to the next sink), then
 * {@link #finish()}, then {@link #read} per commune; {@link #close()} deletes the files. Not thread-safe while
 * writing; {@link #read} may be called from several threads after {@link #finish()}.
 */
public final class RegisterSpill implements AutoCloseable {
    private static final String LINE_COLUMN = "__line";

    private final Path dir;
    private final RegisterReader reader;
    private final String source;
    private final Map<String, CSVPrinter> writers = new TreeMap<>();
    private final Map<String, Path> files = new TreeMap<>();
    private List<String> header = List.of();

    private RegisterSpill(Path dir, RegisterReader reader, String source) {
        this.dir = dir;
        this.reader = reader;
        this.source = source;
    }

    /** A spill into a new temporary folder. */
    public static RegisterSpill create(RegisterReader reader, String source) throws IOException {
        return new RegisterSpill(Files.createTempDirectory("parcelrecon-register"), reader, source);
    }

    /** The sink that spills entries and hands rejections and entries on to {@code next}. */
    public RegisterReader.Sink sink(RegisterReader.Sink next) {
        return new RegisterReader.Sink() {
            @Override
            public void header(List<String> names) throws IOException {
                header = List.copyOf(names);
                next.header(names);
            }

            @Override
            public void entry(RegisterEntry entry, List<String> cells) throws IOException {
                for (String commune : entry.communeCandidates()) {
                    CSVPrinter w = writers.get(commune);
                    if (w == null) {
                        Path f = dir.resolve("register-" + writers.size() + ".csv");
                        w = new CSVPrinter(new BufferedWriter(Files.newBufferedWriter(f, StandardCharsets.UTF_8),
                                1 << 13), CSVFormat.RFC4180);
                        List<String> h = new ArrayList<>(header);
                        h.add(LINE_COLUMN);
                        w.printRecord(h);
                        writers.put(commune, w);
                        files.put(commune, f);
                    }
                    List<String> row = new ArrayList<>(cells.size() + 1);
                    row.addAll(cells);
                    row.add(Long.toString(entry.line()));
                    w.printRecord(row);
                }
                next.entry(entry, cells);
            }

            @Override
            public void rejected(RejectedRow row) throws IOException {
                next.rejected(row);
            }
        };
    }

    /** Closes the files written. */
    public void finish() throws IOException {
        for (CSVPrinter w : writers.values()) {
            w.close(true);
        }
        writers.clear();
    }

    /** The communes with rows, in code order. */
    public SortedSet<String> communes() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(files.keySet()));
    }

    /** A commune's rows (with every row that may be in it), in file order, with their original lines. */
    public List<RegisterEntry> read(String commune) throws IOException {
        Path f = files.get(commune);
        if (f == null) {
            return List.of();
        }
        List<RegisterEntry> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            reader.scan(in, source, new RegisterReader.Sink() {
                @Override
                public void entry(RegisterEntry entry, List<String> cells) {
                    out.add(entry);
                }

                @Override
                public void rejected(RejectedRow row) {
                    throw new IllegalStateException("a spilled row was rejected on reading back: " + row);
                }
            }, true);
        }
        return out;
    }

    /** Deletes the files. */
    @Override
    public void close() throws IOException {
        finish();
        for (Path f : files.values()) {
            Files.deleteIfExists(f);
        }
        Files.deleteIfExists(dir);
    }
}
