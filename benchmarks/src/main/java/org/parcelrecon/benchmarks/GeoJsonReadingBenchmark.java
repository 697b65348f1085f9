package org.parcelrecon.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.parcelrecon.geometry.io.GeoJsonCommuneIndex;
import org.parcelrecon.geometry.io.ParcelFiles;
import org.parcelrecon.geometry.io.ParcelLayer;
import org.parcelrecon.geometry.io.ReadOptions;
import org.parcelrecon.testkit.generate.GeneratorSettings;
import org.parcelrecon.testkit.generate.ProvinceGenerator;

/**
 * Reading a GeoJSON map as {@code compare-maps} reads it: one generated commune ({@value #PARCELS} base parcels of
 * Phường Hà Tu, seed 7, written one feature a line as the generator writes it, about 1.6 MB). Parcels per second:
 * <ul>
 *   <li>{@code indexByCommune}: {@link GeoJsonCommuneIndex#build}, the byte scanner's pass that finds each
 *       feature's bytes, line and commune (no parcel is made);</li>
 *   <li>{@code readByCommune}: {@link GeoJsonCommuneIndex#read} of that commune from the index: the byte parser
 *       makes the parcels;</li>
 *   <li>{@code readWithJackson}: the streaming Jackson reader ({@link ParcelFiles#readGeoJson}) on the same bytes,
 *       the reference the fast paths are tested against (and what {@code read} did before them).</li>
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar GeoJsonReadingBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class GeoJsonReadingBenchmark {
    static final int PARCELS = 5_000;

    Path dir;
    Path map;
    byte[] bytes;
    GeoJsonCommuneIndex index;
    String commune;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("parcelrecon-readbench");
        GeneratorSettings settings = GeneratorSettings.defaults().withParcels(PARCELS).withSeed(7)
                .withCommunes(List.of(ProvinceGenerator.SAMPLE_COMMUNE)).withThreads(1);
        ProvinceGenerator.of(settings).generate(dir);
        map = dir.resolve("map_new.geojson");
        bytes = Files.readAllBytes(map);
        index = GeoJsonCommuneIndex.build(map, ReadOptions.DEFAULTS);
        commune = index.communes().first();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        MapComparisonBenchmark.delete(dir);
    }

    @Benchmark
    @OperationsPerInvocation(PARCELS)
    public GeoJsonCommuneIndex indexByCommune() throws IOException {
        return GeoJsonCommuneIndex.build(map, ReadOptions.DEFAULTS);
    }

    @Benchmark
    @OperationsPerInvocation(PARCELS)
    public ParcelLayer readByCommune() throws IOException {
        return index.read(commune);
    }

    @Benchmark
    @OperationsPerInvocation(PARCELS)
    public ParcelLayer readWithJackson() throws IOException {
        return ParcelFiles.readGeoJson(new ByteArrayInputStream(bytes), "map_new.geojson", ReadOptions.DEFAULTS);
    }
}
