package org.parcelrecon.testkit.generate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.parcelrecon.core.evidence.ChangeClass;

/**
 * Generates a synthetic Quảng Ninh with ground truth: a land register, the cadastral map of two survey periods and
 * the population registry, with realistic errors, plus truth files that say what every row and parcel really is.
 *
 * <pre>{@code
 * GenerationReport report = ProvinceGenerator.of(GeneratorSettings.defaults().withParcels(2_100_000).withSeed(7))
 *         .generate(Path.of("/tmp/qn"), progress -> bar.stepTo(progress.parcelsDone()));
 * ProvinceGenerator.sampleCommune(Path.of("/tmp/sample"));   // one commune of about 2,000 parcels
 * }</pre>
 *
 * <h2>What is generated</h2>
 * <ul>
 *   <li><b>Communes and sheets</b>: the settings' communes (current Quảng Ninh codes), each given a share of the
 *       parcels and cut into map sheets of 80-200 parcels (mean 140, as one province's 2.1 million parcels on
 *       15,501 sheets). A sheet is urban (75% of a phường's sheets, 12% of a xã's) or rural, and lay in one of the
 *       commune's pre-2025 communes.</li>
 *   <li><b>Parcels</b> tile blocks between roads with no gap or overlap ({@code SheetGeometry}); urban parcels are
 *       70-240 m², rural house lots 300-770 m², fields 360-4,700 m². Coordinates are VN-2000 / TM-3 107°45′
 *       (EPSG:5899) metres: communes side by side eastwards and southwards from E 380 km, N 2,400 km, each a
 *       square of sheet frames 1.5 km wide that its blocks only partly fill; the 2.1 million parcels of one
 *       province's campaign span about 260 × 230 km, more than Quảng Ninh itself.</li>
 *   <li><b>Two surveys</b>: the new map after the {@link ChangeKind}s, and the old map before them, shifted per
 *       sheet by up to {@link GeneratorSettings#maxOffsetM()} and with per-vertex noise up to
 *       {@link GeneratorSettings#maxNoiseM()}.</li>
 *   <li><b>People</b>: households with realistic names, birth dates and numbers (see {@code Population} and
 *       {@code NameTables}), living on the sheet whose parcels they hold; a household holds about four parcels
 *       (a house lot and fields), so there are about 0.8 citizens per parcel: 1.7 million for 2.1 million parcels,
 *       near Quảng Ninh's 1.4 million people. Organisations (UBND, schools, companies, cooperatives) hold 1-3% of
 *       parcels.</li>
 *   <li><b>Register</b>: one row per parcel and land user (spouses co-hold about half the family parcels), with
 *       the {@link InjectedError}s at their rates.</li>
 * </ul>
 * The files and their columns are listed in {@link OutputFile}.
 *
 * <h2>Determinism and streaming</h2>
 * Each sheet draws from random streams split from the seed by commune code and sheet number, so a sheet depends on
 * nothing but the settings: the same settings give byte-identical files whatever the thread count, and communes
 * are independent of each other. Sheets are generated on {@link GeneratorSettings#threads()} threads a few at a
 * time and written in order as they finish, so memory stays flat however many parcels are asked for: 2.1 million
 * parcels run in a 2 GB heap. Output order: commune by commune in the settings' order, sheet by sheet, parcels in
 * the order they are laid out.
 *
 * <p>Instances are immutable and thread-safe; {@link #generate} may run several times, also at once into
 * different directories.
 */
public final class ProvinceGenerator {
    /** The seed of {@link #sampleCommune(Path)}. */
    public static final long SAMPLE_SEED = 2025;
    /** The commune of {@link #sampleCommune(Path)}: Phường Hà Tu (06652), which took in Hà Phong and old Hà Tu. */
    public static final String SAMPLE_COMMUNE = "06652";

    private static final String GEOJSON_HEADER = "{\"type\":\"FeatureCollection\",\"name\":\"%s\","
            + "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::5899\"}},\"features\":[\n";
    private static final String GEOJSON_FOOTER = "\n]}\n";

    private final GeneratorSettings settings;

    private ProvinceGenerator(GeneratorSettings settings) {
        this.settings = settings;
    }

    /**
     * {@return a generator for these settings}
     *
     * @param settings size, seed, communes, rates and threads
     */
    public static ProvinceGenerator of(GeneratorSettings settings) {
        return new ProvinceGenerator(Objects.requireNonNull(settings, "settings"));
    }

    /** {@return the settings} */
    public GeneratorSettings settings() {
        return settings;
    }

    /**
     * {@return the settings of the sample commune: 2,000 parcels of Phường Hà Tu ({@value #SAMPLE_COMMUNE}), seed
     * {@value #SAMPLE_SEED}, default rates, one thread}
     */
    public static GeneratorSettings sampleSettings() {
        return GeneratorSettings.defaults().withParcels(2_000).withSeed(SAMPLE_SEED)
                .withCommunes(List.of(SAMPLE_COMMUNE)).withThreads(1);
    }

    /**
     * Writes the sample commune ({@link #sampleSettings()}) into {@code directory}: 14 sheets, about 2,000 parcels,
     * 2,900 register rows and 1,800 citizens, 2.4 MB in all, in well under a second. The same files every time.
     *
     * @param directory where the files go; created if needed
     * @return what was written
     * @throws IOException when a file cannot be written
     */
    public static GenerationReport sampleCommune(Path directory) throws IOException {
        return of(sampleSettings()).generate(directory);
    }

    /**
     * {@link #generate(Path, ProgressListener)} without progress.
     *
     * @param directory where the files go; created if needed
     * @return what was written
     * @throws IOException when a file cannot be written; the files are then incomplete
     */
    public GenerationReport generate(Path directory) throws IOException {
        return generate(directory, ProgressListener.NONE);
    }

    /**
     * Writes every {@link OutputFile} into {@code directory} (created if needed; files there are replaced).
     *
     * @param listener told after each sheet, on this thread
     * @return what was written
     * @throws IOException when a file cannot be written; the files are then incomplete
     * @param directory where the files go
     */
    public GenerationReport generate(Path directory, ProgressListener listener) throws IOException {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(listener, "listener");
        ProvincePlan plan = ProvincePlan.of(settings);
        Files.createDirectories(directory);
        OutputFile[] files = OutputFile.values();
        OutputStream[] streams = new OutputStream[files.length];
        Totals totals = new Totals();
        try {
            for (OutputFile f : files) {
                streams[f.ordinal()] = new BufferedOutputStream(Files.newOutputStream(directory.resolve(f.fileName())),
                        1 << 16);
                writeHeader(f, streams[f.ordinal()]);
            }
            if (settings.threads() == 1) {
                for (ProvincePlan.SheetPlan sheet : plan.sheets) {
                    write(SheetGenerator.generate(settings, plan, sheet), streams, totals, plan, listener);
                }
            } else {
                runParallel(plan, streams, totals, listener);
            }
            for (OutputFile f : files) {
                if (f.isMap()) {
                    streams[f.ordinal()].write(GEOJSON_FOOTER.getBytes(StandardCharsets.UTF_8));
                }
            }
        } finally {
            closeAll(streams);
        }
        EnumMap<ChangeClass, Long> changes = new EnumMap<>(ChangeClass.class);
        for (ChangeClass c : ChangeClass.values()) {
            changes.put(c, totals.changes[c.ordinal()]);
        }
        EnumMap<InjectedError, Long> errors = new EnumMap<>(InjectedError.class);
        for (InjectedError e : InjectedError.values()) {
            errors.put(e, totals.errors[e.ordinal()]);
        }
        return new GenerationReport(directory, settings, totals.sheets, totals.oldParcels, totals.newParcels,
                totals.registerRows, totals.citizens, changes, errors);
    }

    private void runParallel(ProvincePlan plan, OutputStream[] streams, Totals totals, ProgressListener listener)
            throws IOException {
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "parcelrecon-generate-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<SheetOutput>> window = new ArrayDeque<>();
            int limit = settings.threads() * 4;
            Iterator<ProvincePlan.SheetPlan> sheets = plan.sheets.iterator();
            while (sheets.hasNext() || !window.isEmpty()) {
                while (window.size() < limit && sheets.hasNext()) {
                    ProvincePlan.SheetPlan sheet = sheets.next();
                    window.add(pool.submit(() -> SheetGenerator.generate(settings, plan, sheet)));
                }
                SheetOutput done;
                try {
                    done = window.poll().get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while generating");
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException re) {
                        throw re;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(cause);
                }
                write(done, streams, totals, plan, listener);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Running totals, and the row offset of the next sheet's register rows. */
    private static final class Totals {
        long registerRows;
        long oldParcels;
        long newParcels;
        long citizens;
        long parcelsDone;
        int sheets;
        final boolean[] mapStarted = new boolean[OutputFile.values().length];
        final long[] changes = new long[ChangeClass.values().length];
        final long[] errors = new long[InjectedError.values().length];
    }

    private static void writeHeader(OutputFile f, OutputStream out) throws IOException {
        String header = f.isMap()
                ? String.format(GEOJSON_HEADER, f.fileName().replace(".geojson", ""))
                : String.join(",", f.columns()) + "\n";
        out.write(header.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(SheetOutput sheet, OutputStream[] streams, Totals totals, ProvincePlan plan,
                              ProgressListener listener) throws IOException {
        for (OutputFile f : OutputFile.values()) {
            byte[] bytes = sheet.get(f);
            OutputStream out = streams[f.ordinal()];
            if (f.isMap()) {
                if (bytes.length > 0) {
                    if (totals.mapStarted[f.ordinal()]) {
                        out.write(',');
                        out.write('\n');
                    }
                    totals.mapStarted[f.ordinal()] = true;
                    out.write(bytes);
                }
            } else if (f.numbered()) {
                writeNumbered(bytes, out, totals.registerRows);
            } else {
                out.write(bytes);
            }
        }
        totals.registerRows += sheet.registerRows;
        totals.oldParcels += sheet.oldParcels;
        totals.newParcels += sheet.newParcelsInFile;
        totals.citizens += sheet.citizens;
        totals.parcelsDone += sheet.baseParcels;
        totals.sheets++;
        for (int i = 0; i < totals.changes.length; i++) {
            totals.changes[i] += sheet.changes[i];
        }
        for (int i = 0; i < totals.errors.length; i++) {
            totals.errors[i] += sheet.errors[i];
        }
        listener.onProgress(new GenerationProgress(totals.parcelsDone, plan.totalParcels, totals.sheets,
                plan.totalSheets, sheet.sheet.commune().code()));
    }

    /** Copies {@code bytes}, replacing each marked local row number by the file-wide row number. */
    private static void writeNumbered(byte[] bytes, OutputStream out, long offset) throws IOException {
        int start = 0;
        int n = bytes.length;
        for (int i = 0; i < n; i++) {
            if (bytes[i] != Text.MARK) {
                continue;
            }
            out.write(bytes, start, i - start);
            long local = 0;
            int j = i + 1;
            while (bytes[j] != Text.END) {
                local = local * 10 + (bytes[j] - '0');
                j++;
            }
            out.write(Long.toString(offset + local + 1).getBytes(StandardCharsets.US_ASCII));
            start = j + 1;
            i = j;
        }
        out.write(bytes, start, n - start);
    }

    private static void closeAll(OutputStream[] streams) throws IOException {
        IOException first = null;
        for (OutputStream s : streams) {
            if (s == null) {
                continue;
            }
            try {
                s.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
