package org.parcelrecon.benchmarks.scale;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.parcelrecon.geometry.compare.CompareOptions;
import org.parcelrecon.geometry.compare.ComparisonResult;
import org.parcelrecon.geometry.compare.MapComparison;
import org.parcelrecon.geometry.io.GeoJsonCommuneIndex;
import org.parcelrecon.geometry.io.ParcelLayer;
import org.parcelrecon.geometry.io.ReadOptions;

/**
 * The CPU time of each phase of {@link MapComparison} (prepare, index, offset, join, group, noise) over every commune
 * of a GeoJSON map pair, as {@code compare-maps} compares it commune by commune: the communes are read once, then
 * compared {@code REPS} times on one thread (a one-thread pool, so a phase's parallel work runs there too), and each
 * phase's time is the thread's CPU time between the comparison's phase reports. On a machine shared with other work,
 * CPU time moves far less than wall time, and one thread leaves nothing to the scheduling of two communes at once.
 * The first round includes compilation and first touches; the medians are of the rounds after it.
 *
 * <p>Run with the command line's JVM options, for figures comparable with its own:
 * {@code java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmx3g -Xmn1g -cp benchmarks/target/benchmarks.jar
 * org.parcelrecon.benchmarks.scale.ComparePhasesRun /tmp/cm275/map_old.geojson /tmp/cm275/map_new.geojson 6}
 * (the generated 275,000-parcel pair, 54 communes). Each round also prints the groups and offsets found, a check that
 * two builds compared the same way.
 */
public final class ComparePhasesRun {
    private ComparePhasesRun() {
    }

    /**
     * Runs; arguments: the old map, the new map (GeoJSON naming communes), the number of rounds.
     *
     * @param args {@code OLD NEW ROUNDS}
     * @throws IOException if a map cannot be read
     * @throws InterruptedException if interrupted
     * @throws ExecutionException if a comparison fails
     */
    public static void main(String[] args) throws IOException, InterruptedException, ExecutionException {
        if (args.length != 3) {
            System.err.println("usage: ComparePhasesRun OLD.geojson NEW.geojson ROUNDS");
            System.exit(2);
        }
        GeoJsonCommuneIndex oldIndex = GeoJsonCommuneIndex.build(Path.of(args[0]), ReadOptions.DEFAULTS);
        GeoJsonCommuneIndex newIndex = GeoJsonCommuneIndex.build(Path.of(args[1]), ReadOptions.DEFAULTS);
        int rounds = Integer.parseInt(args[2]);
        List<ParcelLayer[]> communes = new ArrayList<>();
        for (String c : oldIndex.communes()) {
            communes.add(new ParcelLayer[] {oldIndex.read(c), newIndex.read(c)});
        }
        System.out.printf(Locale.ROOT, "%d communes read%n", communes.size());
        ForkJoinPool one = new ForkJoinPool(1);
        Map<String, List<Long>> byPhase = new TreeMap<>();
        try {
            for (int r = 0; r < rounds; r++) {
                Map<String, Long> phases = one.submit(() -> round(communes, one)).get();
                StringBuilder line = new StringBuilder("round " + r + ":");
                phases.forEach((phase, nanos) -> {
                    line.append(String.format(Locale.ROOT, " %s %d ms", phase, nanos / 1_000_000));
                });
                System.out.println(line);
                if (r > 0 || rounds == 1) {
                    phases.forEach((phase, nanos) -> byPhase.computeIfAbsent(phase, p -> new ArrayList<>()).add(nanos));
                }
            }
        } finally {
            one.shutdown();
        }
        StringBuilder medians = new StringBuilder("median CPU per round:");
        byPhase.forEach((phase, nanos) -> medians.append(String.format(Locale.ROOT, " %s %d ms", phase,
                median(nanos) / 1_000_000)));
        System.out.println(medians);
    }

    /** One round over every commune, on the calling thread of {@code pool}: CPU nanoseconds per phase, plus checks. */
    private static Map<String, Long> round(List<ParcelLayer[]> communes, ForkJoinPool pool) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> phases = new TreeMap<>();
        long[] last = new long[1];
        CompareOptions options = CompareOptions.DEFAULTS.withPool(pool).withPhaseListener((phase, wall) -> {
            long now = threads.getCurrentThreadCpuTime();
            phases.merge(phase, now - last[0], Long::sum);
            last[0] = now;
        });
        long groups = 0;
        long offsets = 0;
        long total = threads.getCurrentThreadCpuTime();
        for (ParcelLayer[] pair : communes) {
            last[0] = threads.getCurrentThreadCpuTime();
            ComparisonResult result = MapComparison.compare(pair[0], pair[1], options);
            groups += result.groups().size();
            offsets += result.offsets().size();
        }
        phases.put("~all", threads.getCurrentThreadCpuTime() - total);
        System.out.printf(Locale.ROOT, "  %d groups, %d offsets%n", groups, offsets);
        return phases;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
