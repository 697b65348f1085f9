package org.parcelrecon.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Callable;
import org.parcelrecon.geometry.compare.ComparisonResult;
import org.parcelrecon.geometry.compare.CompareOptions;
import org.parcelrecon.geometry.compare.MapComparison;
import org.parcelrecon.geometry.compare.NoiseEstimate;
import org.parcelrecon.geometry.compare.OffsetEstimate;
import org.parcelrecon.geometry.crs.Crs;
import org.parcelrecon.geometry.io.GeoJsonCommuneIndex;
import org.parcelrecon.geometry.io.ParcelFiles;
import org.parcelrecon.geometry.io.ParcelLayer;
import org.parcelrecon.geometry.io.ReadOptions;
import org.parcelrecon.geometry.io.RejectedFeature;
import org.parcelrecon.geometry.io.ResultFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parcelrecon compare-maps --old A --new B}: what changed between two survey periods, one row per group of
 * parcels (UNCHANGED, MODIFIED, SPLIT, MERGED, REPARCELLED, NEW, REMOVED).
 */
@Command(name = "compare-maps",
        description = {"Compare two survey periods of a map, parcel group by parcel group.",
            "Estimates and removes the systematic offset between them, groups parcels by significant overlap " +
            "and classifies each group. Writes changes.csv, changes.geojson (changed groups, for QGIS), " +
            "offsets.csv and the rejected features of each map. --timings prints the time of each phase " +
            "(read old, read new, prepare, index, offset, join, group, write) to standard error."})
final class CompareMapsCommand implements Callable<Integer> {
    /** The files a run writes in {@code --out}. */
    static final List<String> RESULT_FILES = List.of("changes.csv", "changes.geojson", "offsets.csv",
            "rejected_old.csv", "rejected_new.csv");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--old", required = true, paramLabel = "MAP", description = "The earlier survey.")
    Path oldMap;

    @Option(names = "--new", required = true, paramLabel = "MAP", description = "The later survey.")
    Path newMap;

    @Option(names = "--old-crs", paramLabel = "CRS", description = "The old map's CRS when the file does not say.")
    String oldCrs;

    @Option(names = "--new-crs", paramLabel = "CRS", description = "The new map's CRS when the file does not say.")
    String newCrs;

    @Option(names = "--to-crs", paramLabel = "CRS",
            description = "Reproject both maps into this projected CRS first (e.g. vn2000:quang-ninh).")
    String toCrs;

    @Option(names = "--shape-tolerance-m", paramLabel = "M|auto",
            description = "A 1:1 pair whose boundary moved less than this is UNCHANGED (default: 0.5). 'auto': "
                    + "0.5, or the tolerance that the pair's digitising noise suggests when 0.5 is inside it (the "
                    + "comparison then runs twice).")
    String shapeTolerance;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "compare-maps",
            description = "Folder for the results (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--timings", description = "Print the time of each phase to standard error.")
    boolean timings;

    @CommandLine.Mixin
    MapReadOptions read = new MapReadOptions();

    @Override
    public Integer call() throws IOException {
        // a bad value is a usage error before minutes of reading, not after
        boolean auto = "auto".equalsIgnoreCase(shapeTolerance);
        Double explicitTolerance = shapeTolerance == null || auto ? null : toleranceMetres(shapeTolerance);
        OutputFolder.prepare(out);
        Map<String, Duration> phases = new LinkedHashMap<>();
        long start = System.nanoTime();
        Progress progress = new Progress(spec.commandLine().getErr(), "compare-maps");
        var indexes = CommuneByCommuneComparison.indexes(oldMap, newMap, new CommuneByCommuneComparison
                .MapReadOptionsPair(target(read.with(oldCrs)), target(read.with(newCrs))), progress);
        if (indexes.isPresent()) {
            phases.put("index (both, in parallel)", Duration.ofNanos(System.nanoTime() - start));
            // both maps read to their end without a fault: a previous run's results make way for this one's
            return communeByCommune(indexes.get()[0], indexes.get()[1], explicitTolerance, auto, phases, start,
                    OutputFolder.removePrevious(out, RESULT_FILES), progress);
        }
        // the two files are parsed at once, the new one on a thread of its own
        CompletableFuture<Timed<ParcelLayer>> newRead = CompletableFuture.supplyAsync(() -> {
            try {
                return Timed.of(() -> ParcelFiles.read(newMap, target(read.with(newCrs))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, CompareMapsCommand::ownThread);
        Timed<ParcelLayer> oldRead = Timed.of(() -> ParcelFiles.read(oldMap, target(read.with(oldCrs))));
        Timed<ParcelLayer> newTimed = join(newRead);
        ParcelLayer before = oldRead.value();
        ParcelLayer after = newTimed.value();
        phases.put("read old", oldRead.elapsed());
        phases.put("read new", newTimed.elapsed());
        phases.put("read (both, in parallel)", Duration.ofNanos(System.nanoTime() - start));
        MapLayers.requireParcels(oldMap, before, out.resolve("rejected_old.csv"));
        MapLayers.requireParcels(newMap, after, out.resolve("rejected_new.csv"));
        MapReadOptions.printWarnings(before, spec.commandLine().getErr());
        MapReadOptions.printWarnings(after, spec.commandLine().getErr());
        requireComparable(before, after);
        CompletableFuture<Void> previous = OutputFolder.removePrevious(out, RESULT_FILES);
        // a named id attribute is the parcel's number in both surveys: it, not sheet/plot, says "renumbered"
        CompareOptions options = CompareOptions.DEFAULTS.withPhaseListener(phases::put)
                .withIdsAsNumbers(read.idProperty != null);
        if (explicitTolerance != null) {
            options = options.withShapeTolerance(explicitTolerance);
        }
        ComparisonResult result = MapComparison.compare(before, after, options);
        NoiseEstimate noise = result.noise();
        String toleranceNote = null;
        if (noise.isInside(options.shapeTolerance())) {
            if (auto) {
                toleranceNote = String.format(java.util.Locale.ROOT, "shape tolerance %.2f m, from the digitising"
                        + " noise (%.2f m was inside it)", noise.suggestedTolerance(), options.shapeTolerance());
                options = options.withShapeTolerance(noise.suggestedTolerance());
                result = MapComparison.compare(before, after, options);
            } else {
                spec.commandLine().getErr().printf(java.util.Locale.ROOT, "parcelrecon: warning: the shape tolerance"
                        + " %.2f m is inside this pair's digitising noise (99 %% of plainly corresponding pairs differ by"
                        + " up to %.3f m): noise will read as MODIFIED; use --shape-tolerance-m %.2f, or"
                        + " --shape-tolerance-m auto%n", options.shapeTolerance(), noise.pairP99(),
                        noise.suggestedTolerance());
                spec.commandLine().getErr().flush();
            }
        }
        ComparisonResult compared = result;
        OutputFolder.await(previous);
        long writeStart = System.nanoTime();
        // the two big outputs at once, the GeoJSON on a thread of its own
        CompletableFuture<Void> geoJson = CompletableFuture.runAsync(() -> {
            try (OutputStream o = Files.newOutputStream(out.resolve("changes.geojson"))) {
                ResultFiles.writeChangesGeoJson(o, after.crs(), compared.groups(), false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, CompareMapsCommand::ownThread);
        ResultFiles.writeChangesCsv(out.resolve("changes.csv"), result.groups());
        join(geoJson);
        ResultFiles.writeOffsetsCsv(out.resolve("offsets.csv"), result.offsets());
        ResultFiles.writeRejectedCsv(out.resolve("rejected_old.csv"), before.rejected());
        ResultFiles.writeRejectedCsv(out.resolve("rejected_new.csv"), after.rejected());
        phases.put("write", Duration.ofNanos(System.nanoTime() - writeStart));
        phases.put("total", Duration.ofNanos(System.nanoTime() - start));
        if (timings) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("phase,ms");
            phases.forEach((name, d) -> err.printf(java.util.Locale.ROOT, "%s,%d%n", name, d.toMillis()));
            err.flush();
        }
        if (!before.rejected().isEmpty()) {
            spec.commandLine().getErr().printf("parcelrecon: warning: %d features of %s could not be read; each is in %s"
                    + " with its reason%n", before.rejected().size(), before.source(), out.resolve("rejected_old.csv"));
            spec.commandLine().getErr().flush();
        }
        if (!after.rejected().isEmpty()) {
            spec.commandLine().getErr().printf("parcelrecon: warning: %d features of %s could not be read; each is in %s"
                    + " with its reason%n", after.rejected().size(), after.source(), out.resolve("rejected_new.csv"));
            spec.commandLine().getErr().flush();
        }
        PrintWriter p = spec.commandLine().getOut();
        p.printf("old %s: %d parcels (%d rejected); new %s: %d parcels (%d rejected)%n", oldMap,
                before.features().size(), before.rejected().size(), newMap, after.features().size(),
                after.rejected().size());
        if (!result.offsets().isEmpty()) {
            OffsetEstimate o = result.globalOffset();
            p.printf(java.util.Locale.ROOT, "  systematic offset (old to new) removed per sheet: %d estimates in offsets.csv;"
                    + " map-wide dx %.3f m, dy %.3f m from %d parcel pairs (spread %.3f m)%n", result.offsets().size(),
                    o.dx(), o.dy(), o.pairs(), o.spread());
        }
        long oldIdless = before.features().stream().filter(f -> f.idMissing()).count();
        long newIdless = after.features().stream().filter(f -> f.idMissing()).count();
        if (oldIdless + newIdless > 0) {
            p.printf("  polygons without a usable id, compared by geometry as #n (their position in the file): %d old,"
                    + " %d new%n", oldIdless, newIdless);
        }
        if (toleranceNote != null) {
            p.printf("  %s%n", toleranceNote);
        }
        if (noise.pairs() > 0) {
            p.printf(java.util.Locale.ROOT, "  digitising noise (%d plainly corresponding pairs after the offset): vertex"
                    + " to boundary median %.3f m, P99 %.3f m; per pair largest median %.3f m, P99 %.3f m%n",
                    noise.pairs(), noise.median(), noise.p99(), noise.pairMedian(), noise.pairP99());
        }
        result.counts().forEach((type, n) -> p.printf("  %-12s %d%n", type, n));
        p.printf("  %d groups in %s%n", result.groups().size(), out.resolve("changes.csv"));
        long noted = result.groups().stream().filter(g -> !g.note().isEmpty()).count();
        if (noted > 0) {
            p.printf("  %d groups with a note (repaired polygons, polygons without id, repeated features): see the"
                    + " note column%n", noted);
        }
        p.flush();
        return 0;
    }

    /** Refuses maps in longitude/latitude or in two different CRSs, naming the option that fixes it. */
    static void requireComparable(ParcelLayer before, ParcelLayer after) {
        MapReadOptions.requireProjected(before);
        MapReadOptions.requireProjected(after);
        if (before.crs().isPresent() && after.crs().isPresent() && !before.crs().get().equals(after.crs().get())) {
            throw new IllegalArgumentException("the maps are in different CRSs (" + before.source() + ": "
                    + before.crs().get().id() + ", " + after.source() + ": " + after.crs().get().id()
                    + "): reproject both into one with --to-crs");
        }
    }

    /** Two GeoJSON maps that name the same communes: compared and written one commune at a time. */
    private Integer communeByCommune(GeoJsonCommuneIndex oldIndex, GeoJsonCommuneIndex newIndex,
                                     Double explicitTolerance, boolean auto, Map<String, Duration> phases, long start,
                                     CompletableFuture<Void> previous, Progress progress) throws IOException {
        CompareOptions options = CompareOptions.DEFAULTS.withIdsAsNumbers(read.idProperty != null);
        if (explicitTolerance != null) {
            options = options.withShapeTolerance(explicitTolerance);
        }
        long t0 = System.nanoTime();
        CommuneByCommuneComparison.Outcome o = CommuneByCommuneComparison.run(oldIndex, newIndex, options, auto,
                out, previous, progress);
        phases.put("read, compare and write, commune by commune", Duration.ofNanos(System.nanoTime() - t0));
        PrintWriter err = spec.commandLine().getErr();
        o.warnings().forEach(w -> err.println("parcelrecon: warning: " + w));
        err.flush();
        MapLayers.requireParcels(oldMap, new ParcelLayer(oldIndex.source(), o.crs(), List.of(),
                o.oldRejected(), List.of()), o.oldParcels() > 0, out.resolve("rejected_old.csv"));
        MapLayers.requireParcels(newMap, new ParcelLayer(newIndex.source(), o.crs(), List.of(), o.newRejected(),
                List.of()), o.newParcels() > 0, out.resolve("rejected_new.csv"));
        ResultFiles.writeOffsetsCsv(out.resolve("offsets.csv"), o.offsets());
        ResultFiles.writeRejectedCsv(out.resolve("rejected_old.csv"), o.oldRejected());
        ResultFiles.writeRejectedCsv(out.resolve("rejected_new.csv"), o.newRejected());
        phases.put("total", Duration.ofNanos(System.nanoTime() - start));
        if (!auto && o.noisyCommunes() > 0) {
            err.printf(java.util.Locale.ROOT, "parcelrecon: warning: the shape tolerance %.2f m is inside the"
                    + " digitising noise of %d of %d communes: noise will read as MODIFIED there; use"
                    + " --shape-tolerance-m %.2f, or --shape-tolerance-m auto%n", options.shapeTolerance(),
                    o.noisyCommunes(), o.communes(), o.maxSuggested());
        }
        if (timings) {
            err.println("phase,ms");
            phases.forEach((name, d) -> err.printf(java.util.Locale.ROOT, "%s,%d%n", name, d.toMillis()));
        }
        warnRejected(o.oldRejected(), oldIndex.source(), out.resolve("rejected_old.csv"));
        warnRejected(o.newRejected(), newIndex.source(), out.resolve("rejected_new.csv"));
        err.flush();
        CommuneByCommuneComparison.print(o, oldMap, newMap, options.shapeTolerance(), auto, out,
                spec.commandLine().getOut());
        return 0;
    }

    private void warnRejected(List<RejectedFeature> rejected, String source, Path file) {
        if (!rejected.isEmpty()) {
            spec.commandLine().getErr().printf("parcelrecon: warning: %d features of %s could not be read; each is in"
                    + " %s with its reason%n", rejected.size(), source, file);
        }
    }

    private static void ownThread(Runnable runnable) {
        Thread t = new Thread(runnable, "compare-maps-io");
        t.setDaemon(true);
        t.start();
    }

    /** The future's value, its I/O failure rethrown as such. */
    private static <T> T join(CompletableFuture<T> future) throws IOException {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw e;
        }
    }

    /** A value with the wall-clock time it took to make. */
    private record Timed<T>(T value, Duration elapsed) {
        static <T> Timed<T> of(IoSupplier<T> supplier) throws IOException {
            long t0 = System.nanoTime();
            T value = supplier.get();
            return new Timed<>(value, Duration.ofNanos(System.nanoTime() - t0));
        }
    }

    @FunctionalInterface
    private interface IoSupplier<T> {
        T get() throws IOException;
    }

    private double toleranceMetres(String value) {
        double metres;
        try {
            metres = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            metres = Double.NaN;
        }
        if (!(metres > 0) || Double.isInfinite(metres)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--shape-tolerance-m takes metres above 0"
                    + " (e.g. 0.6) or 'auto', not '" + value + "'");
        }
        return metres;
    }

    private ReadOptions target(ReadOptions o) {
        return toCrs == null ? o : o.withTargetCrs(Crs.parse(toCrs));
    }
}
