package org.parcelrecon.reconcile.read;

import org.parcelrecon.core.input.RejectedRow;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A register split by commune into temporary files while it is scanned, so that a province run holds one
 * commune's rows at a time. Each row goes to the file of each commune it may be in today (one, or several for a row
 * of a pre-2025 commune that was split), as the typed {@link RegisterEntry} the reader made (a compact binary
 * form): {@link #read} gives the entries back without parsing a row again.
 *
 * <p>Use: {@link #sink} as the scan's sink (it hands every row on to another sink), then {@link #finish()}, then
 * {@link #read} per commune; {@link #close()} deletes the files. Not thread-safe while writing; {@link #read} may be
 * called from several threads after {@link #finish()}.
 */
public final class RegisterSpill implements AutoCloseable {
    private final Path dir;
    private final Map<String, DataOutputStream> writers = new TreeMap<>();
    private final Map<String, Path> files = new TreeMap<>();

    private RegisterSpill(Path dir) {
        this.dir = dir;
    }

    /**
     * {@return a spill into a new temporary folder}
     *
     * @throws IOException if the folder cannot be created
     */
    public static RegisterSpill create() throws IOException {
        return new RegisterSpill(Files.createTempDirectory("parcelrecon-register"));
    }

    /**
     * {@return the sink that spills entries and hands rejections and entries on to {@code next}}
     *
     * @param next the sink that gets everything after it is spilled
     */
    public RegisterReader.Sink sink(RegisterReader.Sink next) {
        return new RegisterReader.Sink() {
            @Override
            public void header(List<String> names) throws IOException {
                next.header(names);
            }

            @Override
            public void columns(Map<RegisterField, Integer> columns) throws IOException {
                next.columns(columns);
            }

            @Override
            public void entry(RegisterEntry entry, List<String> cells) throws IOException {
                for (String commune : entry.communeCandidates()) {
                    DataOutputStream w = writers.get(commune);
                    if (w == null) {
                        Path f = dir.resolve("register-" + writers.size() + ".bin");
                        w = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(f), 1 << 13));
                        writers.put(commune, w);
                        files.put(commune, f);
                    }
                    EntryCodec.write(w, entry);
                }
                next.entry(entry, cells);
            }

            @Override
            public void rejected(RejectedRow row) throws IOException {
                next.rejected(row);
            }
        };
    }

    /**
     * Closes the files written.
     *
     * @throws IOException if a file cannot be flushed or closed
     */
    public void finish() throws IOException {
        for (DataOutputStream w : writers.values()) {
            w.close();
        }
        writers.clear();
    }

    /** {@return the communes with rows, in code order} */
    public SortedSet<String> communes() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(files.keySet()));
    }

    /**
     * {@return a commune's rows (with every row that may be in it), in file order}
     *
     * @param commune a current commune code
     * @throws IOException if the spill cannot be read back
     */
    public List<RegisterEntry> read(String commune) throws IOException {
        Path f = files.get(commune);
        if (f == null) {
            return List.of();
        }
        List<RegisterEntry> out = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(f), 1 << 16))) {
            while (true) {
                try {
                    out.add(EntryCodec.read(in));
                } catch (EOFException end) {
                    return out;
                }
            }
        }
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
