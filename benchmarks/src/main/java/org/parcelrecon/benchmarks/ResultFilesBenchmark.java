package org.parcelrecon.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.parcelrecon.geometry.compare.ChangeGroup;
import org.parcelrecon.geometry.compare.CompareOptions;
import org.parcelrecon.geometry.compare.MapComparison;
import org.parcelrecon.geometry.crs.Crs;
import org.parcelrecon.geometry.io.ParcelFiles;
import org.parcelrecon.geometry.io.ReadOptions;
import org.parcelrecon.geometry.io.ResultFiles;
import org.parcelrecon.testkit.generate.GeneratorSettings;
import org.parcelrecon.testkit.generate.ProvinceGenerator;

/**
 * Writing {@code compare-maps}' two big outputs, the work its main thread does while the pool compares: the change
 * groups of one generated commune ({@value #PARCELS} base parcels, seed 7, as {@link MapComparisonBenchmark}) written
 * as {@code changes.csv} ({@code writeChangesCsv}) and as {@code changes.geojson} without UNCHANGED groups
 * ({@code writeChangesGeoJson}), into sinks that discard what they get: the CSV is timed up to its chars, the GeoJSON
 * up to its UTF-8 bytes.
 * Milliseconds per commune.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ResultFilesBenchmark -prof gc}; add
 * {@code -jvmArgsAppend -XX:TieredStopAtLevel=1} for the C1 compiler that {@code bin/parcelrecon} uses below 512 MB
 * of input.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ResultFilesBenchmark {
    static final int PARCELS = 5_000;

    List<ChangeGroup> groups;
    Optional<Crs> crs;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path dir = Files.createTempDirectory("parcelrecon-writebench");
        try {
            GeneratorSettings settings = GeneratorSettings.defaults().withParcels(PARCELS).withSeed(7)
                    .withCommunes(List.of(ProvinceGenerator.SAMPLE_COMMUNE)).withThreads(1);
            ProvinceGenerator.of(settings).generate(dir);
            var oldMap = ParcelFiles.read(dir.resolve("map_old.geojson"), ReadOptions.DEFAULTS);
            var newMap = ParcelFiles.read(dir.resolve("map_new.geojson"), ReadOptions.DEFAULTS);
            groups = MapComparison.compare(oldMap, newMap, CompareOptions.DEFAULTS).groups();
            crs = newMap.crs();
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    @Benchmark
    public void writeChangesCsv() throws IOException {
        ResultFiles.writeChangesCsv(Writer.nullWriter(), groups);
    }

    @Benchmark
    public void writeChangesGeoJson() throws IOException {
        ResultFiles.writeChangesGeoJson(OutputStream.nullOutputStream(), crs, groups, false);
    }
}
