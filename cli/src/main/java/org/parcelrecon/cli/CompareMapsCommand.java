package org.parcelrecon.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parcelrecon.geometry.compare.ComparisonResult;
import org.parcelrecon.geometry.compare.CompareOptions;
import org.parcelrecon.geometry.compare.MapComparison;
import org.parcelrecon.geometry.compare.OffsetEstimate;
import org.parcelrecon.geometry.crs.Crs;
import org.parcelrecon.geometry.io.ParcelFiles;
import org.parcelrecon.geometry.io.ParcelLayer;
import org.parcelrecon.geometry.io.ReadOptions;
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
            "Estimates and removes the systematic offset between them, groups parcels by significant overlap",
            "and classifies each group. Writes changes.csv, changes.geojson (changed groups, for QGIS),",
            "offsets.csv and the rejected features of each map."})
final class CompareMapsCommand implements Callable<Integer> {
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

    @Option(names = "--shape-tolerance-m", paramLabel = "M",
            description = "A 1:1 pair whose boundary moved less than this is UNCHANGED (default: 0.5).")
    Double shapeTolerance;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "compare-maps",
            description = "Folder for the results (default: ${DEFAULT-VALUE}).")
    Path out;

    @CommandLine.Mixin
    MapReadOptions read = new MapReadOptions();

    @Override
    public Integer call() throws IOException {
        ParcelLayer before = ParcelFiles.read(oldMap, target(read.with(oldCrs)));
        ParcelLayer after = ParcelFiles.read(newMap, target(read.with(newCrs)));
        CompareOptions options = CompareOptions.DEFAULTS;
        if (shapeTolerance != null) {
            options = options.withShapeTolerance(shapeTolerance);
        }
        ComparisonResult result = MapComparison.compare(before, after, options);
        Files.createDirectories(out);
        try (Writer w = Files.newBufferedWriter(out.resolve("changes.csv"), StandardCharsets.UTF_8)) {
            ResultFiles.writeChangesCsv(w, result.groups());
        }
        try (OutputStream o = Files.newOutputStream(out.resolve("changes.geojson"))) {
            ResultFiles.writeChangesGeoJson(o, after.crs(), result.groups(), false);
        }
        try (Writer w = Files.newBufferedWriter(out.resolve("offsets.csv"), StandardCharsets.UTF_8)) {
            ResultFiles.writeOffsetsCsv(w, result.offsets());
        }
        try (Writer w = Files.newBufferedWriter(out.resolve("rejected_old.csv"), StandardCharsets.UTF_8)) {
            ResultFiles.writeRejectedCsv(w, before.rejected());
        }
        try (Writer w = Files.newBufferedWriter(out.resolve("rejected_new.csv"), StandardCharsets.UTF_8)) {
            ResultFiles.writeRejectedCsv(w, after.rejected());
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
        result.counts().forEach((type, n) -> p.printf("  %-12s %d%n", type, n));
        p.printf("  %d groups in %s%n", result.groups().size(), out.resolve("changes.csv"));
        p.flush();
        return 0;
    }

    private ReadOptions target(ReadOptions o) {
        return toCrs == null ? o : o.withTargetCrs(Crs.parse(toCrs));
    }
}
