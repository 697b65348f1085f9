package org.parcelrecon.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.parcelrecon.benchmarks.scale.LinkingIndexRun;
import org.parcelrecon.benchmarks.scale.ProvinceLinkRun;
import org.parcelrecon.matching.IndexCandidate;
import org.parcelrecon.matching.LinkingIndex;
import org.parcelrecon.matching.Table;
import org.parcelrecon.matching.io.TableCsv;

/**
 * One land user at a time against a province's population: the latency of {@link LinkingIndex#query} (candidates
 * at 0.01 or above, best first, each with its explanation), one thread, sampled per call so that JMH reports
 * percentiles (p50, p99). The index is the one {@link LinkingIndexRun} {@code build} saved; the records are every
 * {@code step}-th land user of the same register (organisations dropped), cycled through in order.
 *
 * <p>Run (after {@code parcelrecon generate --parcels 2100000 --seed 1 --out gen21} and
 * {@code LinkingIndexRun build gen21 gen21.idx}), naming both files, which have no default:
 * {@code java -jar benchmarks/target/benchmarks.jar LinkingIndexBenchmark -jvmArgs -Xmx4g
 * -p index=gen21.idx -p register=gen21/register.csv}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class LinkingIndexBenchmark {
    /** The saved index ({@code -p index=FILE}; no default). */
    @Param("")
    public String index;

    /** The register whose land users are queried ({@code -p register=FILE}; no default). */
    @Param("")
    public String register;

    /** Every how many land users one is taken. */
    @Param("150")
    public int step;

    LinkingIndex linkingIndex;
    List<Map<String, String>> records;

    /** The next record to query (one benchmark thread). */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        if (index.isEmpty() || register.isEmpty()) {
            throw new IllegalArgumentException("name the saved index and the register: -p index=FILE"
                    + " -p register=FILE (see LinkingIndexRun build)");
        }
        linkingIndex = LinkingIndex.load(Path.of(index), LinkingIndexRun.keyFunctions());
        Table users = ProvinceLinkRun.users(TableCsv.read(Path.of(register), ProvinceLinkRun.USER_COLUMNS.values()));
        records = new ArrayList<>();
        for (int row = 0; row < users.size(); row += step) {
            Map<String, String> r = new HashMap<>();
            for (String c : users.columns()) {
                int at = row;
                users.value(at, c).ifPresent(v -> r.put(c, v));
            }
            records.add(r);
        }
        System.out.println(records.size() + " land users to query against " + linkingIndex.size() + " citizens");
    }

    @Benchmark
    public List<IndexCandidate> query(Cursor cursor) {
        Map<String, String> record = records.get(cursor.next);
        cursor.next = cursor.next + 1 == records.size() ? 0 : cursor.next + 1;
        return linkingIndex.query(record, 0.01);
    }
}
