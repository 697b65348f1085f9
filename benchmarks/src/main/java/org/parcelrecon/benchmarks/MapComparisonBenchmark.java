package org.parcelrecon.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 *   <li>{@code readGeoJson}: parsing the new map's GeoJSON (streamed, one thread) into parcels.</li>
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

    private static void delete(Path dir) throws IOException {
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
}
