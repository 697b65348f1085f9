package org.parcelrecon.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.parcelrecon.geometry.compare.CompareOptions;
import org.parcelrecon.geometry.compare.ComparisonResult;
import org.parcelrecon.geometry.compare.MapComparison;
import org.parcelrecon.geometry.io.ParcelFeature;
import org.parcelrecon.geometry.io.ParcelFiles;
import org.parcelrecon.geometry.io.ParcelLayer;
import org.parcelrecon.geometry.io.ReadOptions;
import org.parcelrecon.testkit.generate.GeneratorSettings;
import org.parcelrecon.testkit.generate.ProvinceGenerator;

/**
 * Cross-period map comparison per parcel: one generated commune ({@value #PARCELS} base parcels of Phường Hà Tu,
 * seed 7, the generator's default change rates: about 90% unchanged, the rest modified, split, merged,
 * re-parcelled, new or removed; old map shifted by up to 2.5 m with 0.25 m vertex noise), both survey periods held
 * in memory. Results are parcels per second ({@value #PARCELS} operations per invocation):
 * <ul>
 *   <li>{@code compareMaps}: {@link MapComparison#compare} of the two parsed maps: repair check, offset estimation
 *       per sheet, the overlap join (fast path for unchanged parcels) and classification. It runs its per-parcel
 *       work on the common fork-join pool, so the figure is for all cores of the machine;</li>
 *   <li>{@code readGeoJson}: parsing the new map's GeoJSON (streamed, one thread) into parcels;</li>
 *   <li>{@code compareRoadNetwork}: a town whose streets are one polygon with a hole per block, as real maps have
 *       them (Cambridge's road polygons): cutting it, the lots' thin overlaps with its pieces, and the Hausdorff
 *       distances of lots off the fast path. Parcels per second ({@value #ROAD_PARCELS} lots).</li>
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar MapComparisonBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class MapComparisonBenchmark {
    static final int PARCELS = 5_000;

    byte[] newGeoJson;
    ParcelLayer oldMap;
    ParcelLayer newMap;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path dir = Files.createTempDirectory("parcelrecon-mapbench");
        try {
            GeneratorSettings settings = GeneratorSettings.defaults().withParcels(PARCELS).withSeed(7)
                    .withCommunes(List.of(ProvinceGenerator.SAMPLE_COMMUNE)).withThreads(1);
            ProvinceGenerator.of(settings).generate(dir);
            newGeoJson = Files.readAllBytes(dir.resolve("map_new.geojson"));
            oldMap = ParcelFiles.read(dir.resolve("map_old.geojson"), ReadOptions.DEFAULTS);
            newMap = ParcelFiles.read(dir.resolve("map_new.geojson"), ReadOptions.DEFAULTS);
        } finally {
            delete(dir);
        }
    }

    /** Deletes a temporary directory and everything in it. */
    static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Benchmark
    @OperationsPerInvocation(PARCELS)
    public ComparisonResult compareMaps() {
        return MapComparison.compare(oldMap, newMap, CompareOptions.DEFAULTS);
    }

    @Benchmark
    @OperationsPerInvocation(PARCELS)
    public ParcelLayer readGeoJson() throws IOException {
        return ParcelFiles.readGeoJson(new ByteArrayInputStream(newGeoJson), "map_new.geojson", ReadOptions.DEFAULTS);
    }

    /** Blocks per side of the road-network pair ({@link #compareRoadNetwork}). */
    static final int BLOCKS = 20;
    /** Lots per block side: 16 lots a block. */
    static final int LOTS = 4;
    static final int ROAD_PARCELS = BLOCKS * BLOCKS * LOTS * LOTS;

    List<ParcelFeature> roadOld;
    List<ParcelFeature> roadNew;

    /**
     * A town of {@value #BLOCKS} × {@value #BLOCKS} blocks of 4 × 4 lots (20 m) between 10 m streets, the streets
     * one polygon with a hole per block (2,005 vertices, as Cambridge's road polygons, which have up to 18,606):
     * the new map has the streets, the old one (shifted by 0.3 m, -0.2 m) has not, and every third old lot has a
     * corner moved by 0.8 m. Measures what such a polygon costs: cutting it into pieces, the lots' thin overlaps
     * with its pieces, and the Hausdorff distances of the lots that miss the fast path.
     */
    @Setup(Level.Trial)
    public void setUpRoadNetwork() {
        GeometryFactory f = new GeometryFactory();
        double block = LOTS * 20.0;
        double pitch = block + 10;
        double side = BLOCKS * pitch + 10;
        LinearRing[] holes = new LinearRing[BLOCKS * BLOCKS];
        roadOld = new ArrayList<>();
        roadNew = new ArrayList<>();
        for (int bx = 0; bx < BLOCKS; bx++) {
            for (int by = 0; by < BLOCKS; by++) {
                double x0 = 10 + bx * pitch;
                double y0 = 10 + by * pitch;
                holes[bx * BLOCKS + by] = ring(f, x0, y0, x0 + block, y0 + block, 0);
                for (int lx = 0; lx < LOTS; lx++) {
                    for (int ly = 0; ly < LOTS; ly++) {
                        double lx0 = x0 + 20 * lx;
                        double ly0 = y0 + 20 * ly;
                        String id = bx + "-" + by + "-" + lx + "-" + ly;
                        roadNew.add(ParcelFeature.of(id, f.createPolygon(ring(f, lx0, ly0, lx0 + 20, ly0 + 20, 0))));
                        double moved = roadOld.size() % 3 == 0 ? 0.8 : 0;
                        roadOld.add(ParcelFeature.of(id, f.createPolygon(
                                ring(f, lx0 - 0.3, ly0 + 0.2, lx0 + 19.7, ly0 + 20.2, moved))));
                    }
                }
            }
        }
        roadNew.add(ParcelFeature.of("streets", f.createPolygon(ring(f, 0, 0, side, side, 0), holes)));
    }

    /** A rectangle, counter-clockwise, its third corner moved outwards by {@code moved} in x. */
    private static LinearRing ring(GeometryFactory f, double x0, double y0, double x1, double y1, double moved) {
        return f.createLinearRing(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0),
            new Coordinate(x1 + moved, y1), new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }

    @Benchmark
    @OperationsPerInvocation(ROAD_PARCELS)
    public ComparisonResult compareRoadNetwork() {
        return MapComparison.compare(roadOld, roadNew, CompareOptions.DEFAULTS);
    }
}
