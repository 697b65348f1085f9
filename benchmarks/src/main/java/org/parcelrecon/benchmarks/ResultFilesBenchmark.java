package org.parcelrecon.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
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
import org.parcelrecon.geometry.io.ResultFiles;

/**
 * Writing {@code compare-maps}' two big outputs, the work its main thread does while the pool compares: the change
 * groups of {@link MapComparisonBenchmark}'s generated commune (5,000 base parcels, seed 7) written
 * as {@code changes.csv} and as {@code changes.geojson} without UNCHANGED groups ({@code writeChangesGeoJson}),
 * into sinks that discard what they get: the CSV up to its UTF-8 bytes as {@code compare-maps} writes its file
 * ({@code writeChangesCsvBytes}: CsvWriter encodes them itself), up to its chars for a {@code Writer}
 * ({@code writeChangesCsv}) and up to the bytes of the JDK's UTF-8 encoder behind that {@code Writer}
 * ({@code writeChangesCsvJdkEncoder}, the way files were written before CsvWriter encoded them), the GeoJSON up to
 * its UTF-8 bytes; and both files as {@code compare-maps} writes them, through {@code ResultFiles.openChanges}
 * onto {@code /dev/null} ({@code writeBothFilesAsCompareMaps}).
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
    List<ChangeGroup> groups;
    Optional<Crs> crs;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        MapComparisonBenchmark commune = new MapComparisonBenchmark(); // the same generated commune
        commune.setUp();
        groups = MapComparison.compare(commune.oldMap, commune.newMap, CompareOptions.DEFAULTS).groups();
        crs = commune.newMap.crs();
    }

    @Benchmark
    public void writeChangesCsv() throws IOException {
        ResultFiles.writeChangesCsv(Writer.nullWriter(), groups);
    }

    @Benchmark
    public void writeChangesCsvBytes() throws IOException {
        ResultFiles.writeChangesCsv(OutputStream.nullOutputStream(), groups);
    }

    @Benchmark
    public void writeChangesCsvJdkEncoder() throws IOException {
        ResultFiles.writeChangesCsv(new java.io.BufferedWriter(new java.io.OutputStreamWriter(
                OutputStream.nullOutputStream(), java.nio.charset.StandardCharsets.UTF_8), 1 << 16), groups);
    }

    @Benchmark
    public void writeChangesGeoJson() throws IOException {
        ResultFiles.writeChangesGeoJson(OutputStream.nullOutputStream(), crs, groups, false);
    }

    @Benchmark
    public void writeBothFilesAsCompareMaps() throws IOException {
        java.nio.file.Path discard = java.nio.file.Path.of("/dev/null");
        try (ResultFiles.ChangeWriter w = ResultFiles.openChanges(discard, discard, crs)) {
            w.write(groups);
        }
    }
}
