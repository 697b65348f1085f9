package org.parcelrecon.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parcelrecon.geometry.crs.Crs;
import org.parcelrecon.geometry.io.ParcelFiles;
import org.parcelrecon.geometry.io.ParcelLayer;
import org.parcelrecon.geometry.io.ReadOptions;
import org.parcelrecon.geometry.io.ResultFiles;
import org.parcelrecon.geometry.qa.MapQa;
import org.parcelrecon.geometry.qa.MapQaResult;
import org.parcelrecon.geometry.qa.QaOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parcelrecon check-map MAP}: topology and attribute findings for one cadastral map, one row per finding.
 */
@Command(name = "check-map",
        description = {"Check one map's topology and sheet/plot numbers.",
            "Invalid polygons (repaired and reported), overlaps, gaps, slivers, duplicate or missing sheet/plot " +
            "numbers (within a commune and survey), duplicate or missing ids, recorded area missing, zero or unlike the " +
            "computed area.",
            "Measures in metres: a map in longitude/latitude is refused unless --to-crs reprojects it. Progress " +
            "goes to standard error.",
            "Reads GeoJSON, GeoPackage (.gpkg) or CSV with a WKT column; convert a Shapefile with " +
            "'ogr2ogr -f GeoJSON map.geojson map.shp' first."})
final class CheckMapCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MAP", description = "The map file.")
    Path map;

    @Option(names = "--crs", paramLabel = "CRS",
            description = "The map's coordinate system when the file does not say: vn2000:quang-ninh, EPSG:5899, ...")
    String crs;

    @Option(names = "--to-crs", paramLabel = "CRS",
            description = "Reproject the map into this projected CRS first (e.g. vn2000:quang-ninh, EPSG:2154).")
    String toCrs;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "check-map",
            description = "Folder for findings.csv, findings.geojson and rejected.csv (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--overlap-min-m2", paramLabel = "M2", description = "Report overlaps from this area (default: 1).")
    Double overlapMinArea;

    @CommandLine.Mixin
    MapReadOptions read = new MapReadOptions();

    @Override
    public Integer call() throws IOException {
        OutputFolder.prepare(out);
        Progress progress = new Progress(spec.commandLine().getErr(), "check-map");
        ReadOptions readOptions = read.with(crs);
        if (toCrs != null) {
            readOptions = readOptions.withTargetCrs(Crs.parse(toCrs));
        }
        ParcelLayer layer = ParcelFiles.read(map, readOptions);
        MapLayers.requireParcels(map, layer, out.resolve("rejected.csv"));
        progress.done(String.format(Locale.ROOT, "read %s: %,d parcels, %,d rejected", map.getFileName(),
                layer.features().size(), layer.rejected().size()));
        MapReadOptions.printWarnings(layer, spec.commandLine().getErr());
        MapReadOptions.requireProjected(layer);
        QaOptions options = QaOptions.DEFAULTS.withPhaseListener((phase, elapsed) -> progress.done(phase));
        if (overlapMinArea != null) {
            options = options.withOverlapMinArea(overlapMinArea);
        }
        MapQaResult result = MapQa.check(layer, options);
        ResultFiles.writeFindingsCsv(out.resolve("findings.csv"), result.findings());
        try (OutputStream o = Files.newOutputStream(out.resolve("findings.geojson"))) {
            ResultFiles.writeFindingsGeoJson(o, layer.crs(), result.findings());
        }
        ResultFiles.writeRejectedCsv(out.resolve("rejected.csv"), layer.rejected());
        progress.done("wrote findings.csv, findings.geojson and rejected.csv");
        if (!layer.rejected().isEmpty()) {
            spec.commandLine().getErr().printf("parcelrecon: warning: %d features of %s could not be read; each is in %s"
                    + " with its reason%n", layer.rejected().size(), layer.source(), out.resolve("rejected.csv"));
            spec.commandLine().getErr().flush();
        }
        PrintWriter p = spec.commandLine().getOut();
        p.printf("%s: %d parcels read, %d rejected (rejected.csv)%n", map, layer.features().size(),
                layer.rejected().size());
        result.counts().forEach((type, n) -> p.printf("  %-28s %d%n", type, n));
        p.printf("  %d findings in %s%n", result.findings().size(), out.resolve("findings.csv"));
        p.flush();
        return 0;
    }
}
