package org.parcelrecon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.parcelrecon.core.evidence.ChangeClass;
import org.parcelrecon.geometry.compare.ChangeGroup;
import org.parcelrecon.geometry.compare.CompareOptions;
import org.parcelrecon.geometry.compare.ComparisonResult;
import org.parcelrecon.geometry.compare.MapComparison;
import org.parcelrecon.geometry.compare.NoiseEstimate;
import org.parcelrecon.geometry.compare.OffsetEstimate;
import org.parcelrecon.geometry.crs.Crs;
import org.parcelrecon.geometry.io.GeoJsonCommuneIndex;
import org.parcelrecon.geometry.io.ParcelLayer;
import org.parcelrecon.geometry.io.RejectedFeature;
import org.parcelrecon.geometry.io.ResultFiles;

/**
 * {@code compare-maps} on two GeoJSON maps whose parcels name their communes, one commune at a time: both files are
 * indexed by commune (in parallel), then each commune's old and new parcels are read and compared, a few communes at
 * once in a pool as wide as the machine, and written in commune order, so that the heap holds a few communes, not
 * two provinces. Each commune gets its own offsets and noise estimate (the map-wide lines are their pair-weighted means).
 *
 * <p>Only for maps that name the same communes: a commune on one side only (communes merged or renumbered between
 * the surveys) would make all its parcels NEW or REMOVED, so such a pair is compared whole. Limit: a parcel whose
 * commune code changed between the surveys while both maps keep the same communes is compared within its own
 * commune only.
 */
final class CommuneByCommuneComparison {
    /** What the run found, for the summary lines. */
    record Outcome(Map<ChangeClass, Integer> counts, long groups, long noted, List<OffsetEstimate> offsets,
                   NoiseEstimate noise, int communes, int noisyCommunes, double maxSuggested,
                   long oldParcels, long newParcels, long oldIdless, long newIdless, List<RejectedFeature> oldRejected,
                   List<RejectedFeature> newRejected, Optional<Crs> crs, List<String> warnings) {
    }

    private record Pair(String commune, ParcelLayer before, ParcelLayer after) {
    }

    /** A commune's comparison, with the noise of its first run (at the given tolerance). */
    private record Compared(Pair pair, ComparisonResult result, NoiseEstimate noise) {
    }

    /**
     * Communes being read or compared at once: two always, to keep both cores of a small machine busy (a commune's
     * own phases run in parallel too), and a third while the three hold at most {@link #THIRD_COMMUNE_FEATURES}
     * features of both maps. Small communes (the 275,000-parcel pair has about 10,000 features a commune) keep three,
     * which leaves the pool work to steal while a commune waits on its own tasks; big ones (2.1 million parcels a
     * side: 77,000 a commune) keep two, because a third adds its parcels to what every young collection copies:
     * there, three took 54 s with 12.7 s of collector pauses, two 50 s with 8.5 s (one run each, parallel collector,
     * {@code -Xmx4g}).
     */
    private static final int IN_FLIGHT = 2;
    private static final long THIRD_COMMUNE_FEATURES = 100_000;
    /**
     * Communes held at once, compared or not, before the writer takes the oldest: one more than {@link #IN_FLIGHT},
     * so that a thread whose commune ends before the oldest one starts the next instead of waiting for the writer.
     */
    private static final int HELD = IN_FLIGHT + 1;

    /** A commune submitted to the pool, with its features in both maps. */
    private record InFlight<T>(Future<T> future, long features) {
    }

    /**
     * The communes submitted to the pool and not yet taken, in commune order. The writer takes them in that order;
     * meanwhile a commune that ends (in any order) lets the next one start while at most {@link #IN_FLIGHT} run (a
     * third under {@link #THIRD_COMMUNE_FEATURES}) and at most {@link #HELD} are held.
     *
     * @param <T> what a commune's task gives
     */
    static final class Window<T> {
        private final List<String> order;
        private final Function<String, Callable<T>> task;
        private final Executor pool;
        private final ToLongFunction<String> features;
        private final Deque<InFlight<T>> queue = new ArrayDeque<>();
        /** One permit per commune that ended, so that the writer waiting for the oldest can start the next. */
        private final Semaphore ended = new Semaphore(0);
        private int submitted;

        Window(List<String> order, Function<String, Callable<T>> task, Executor pool,
               ToLongFunction<String> features) {
            this.order = order;
            this.task = task;
            this.pool = pool;
            this.features = features;
        }

        /** Submits the next communes while {@code IN_FLIGHT}, {@code THIRD_COMMUNE_FEATURES} and {@code HELD} allow. */
        void fill() {
            while (submitted < order.size() && queue.size() < HELD) {
                int running = 0;
                long runningFeatures = 0;
                for (InFlight<T> f : queue) {
                    if (!f.future().isDone()) {
                        running++;
                        runningFeatures += f.features();
                    }
                }
                String c = order.get(submitted);
                long n = features.applyAsLong(c);
                if (running > IN_FLIGHT || (running == IN_FLIGHT && runningFeatures + n > THIRD_COMMUNE_FEATURES)) {
                    return;
                }
                FutureTask<T> f = new FutureTask<>(task.apply(c)) {
                    @Override
                    protected void done() {
                        ended.release();
                    }
                };
                queue.add(new InFlight<>(f, n));
                submitted++;
                pool.execute(f);
            }
        }

        /**
         * {@return the oldest commune's comparison, ended} While it runs, each commune that ends lets the next start.
         *
         * @throws InterruptedException if interrupted while waiting
         */
        Future<T> next() throws InterruptedException {
            InFlight<T> head = queue.peek();
            while (!head.future().isDone()) {
                ended.acquire();
                fill();
            }
            queue.poll();
            return head.future();
        }

        /** {@return the communes submitted so far, in order (for tests)} */
        int submitted() {
            return submitted;
        }

        void cancel() {
            queue.forEach(f -> f.future().cancel(true));
        }
    }

    private CommuneByCommuneComparison() {
    }

    /** The two indexes when both maps are GeoJSON naming the same communes, else empty (compare them whole). */
    static Optional<GeoJsonCommuneIndex[]> indexes(Path oldMap, Path newMap, MapReadOptionsPair read,
                                                   Progress progress) throws IOException {
        for (Path p : List.of(oldMap, newMap)) {
            String name = String.valueOf(p.getFileName()).toLowerCase(Locale.ROOT);
            if (!(name.endsWith(".geojson") || name.endsWith(".json"))) {
                return Optional.empty();
            }
        }
        ExecutorService pool = Executors.newSingleThreadExecutor(CommuneByCommuneComparison::daemon);
        try {
            var both = GeoJsonCommuneIndex.buildBothByCommune(oldMap, read.before(), newMap, read.after(), pool);
            if (both.isEmpty()) {
                return Optional.empty();
            }
            GeoJsonCommuneIndex oldIndex = both.get().get(0);
            GeoJsonCommuneIndex after = both.get().get(1);
            progress.done(String.format(Locale.ROOT, "indexed by commune: %s %,d features in %d communes, %s %,d in"
                    + " %d", oldMap.getFileName(), oldIndex.featureCount(), oldIndex.communes().size(),
                    newMap.getFileName(), after.featureCount(), after.communes().size()));
            if (!oldIndex.communes().equals(after.communes())) {
                progress.done("the maps name different communes (merged or renumbered?): compared whole");
                return Optional.empty();
            }
            return Optional.of(new GeoJsonCommuneIndex[] {oldIndex, after});
        } finally {
            pool.shutdownNow();
        }
    }

    /** The read options of each side. */
    record MapReadOptionsPair(org.parcelrecon.geometry.io.ReadOptions before,
                              org.parcelrecon.geometry.io.ReadOptions after) {
    }

    /**
     * Compares commune by commune, writing {@code changes.csv} and {@code changes.geojson} as it goes.
     *
     * @param auto      whether a commune whose noise holds the tolerance is compared again at its suggestion
     * @param previous  done when a previous run's results are out of the way ({@link OutputFolder#removePrevious})
     */
    static Outcome run(GeoJsonCommuneIndex oldIndex, GeoJsonCommuneIndex newIndex, CompareOptions options,
                       boolean auto, Path out, CompletableFuture<Void> previous, Progress progress)
            throws IOException {
        SortedSet<String> communes = new TreeSet<>(oldIndex.communes());
        communes.addAll(newIndex.communes());
        List<String> order = new ArrayList<>(communes);
        long total = (long) oldIndex.featureCount() + newIndex.featureCount();
        var tenths = progress.tenths("compared", total, "features, commune by commune");
        int[] counts = new int[ChangeClass.values().length]; // groups by type (ordinal), made a map at the end
        List<OffsetEstimate> offsets = new ArrayList<>();
        List<OffsetEstimate> communeWide = new ArrayList<>();
        List<NoiseEstimate> noises = new ArrayList<>();
        List<RejectedFeature> oldRejected = new ArrayList<>();
        List<RejectedFeature> newRejected = new ArrayList<>();
        long groups = 0;
        long noted = 0;
        long done = 0;
        long oldParcels = 0;
        long newParcels = 0;
        long oldIdless = 0;
        long newIdless = 0;
        int noisy = 0;
        double maxSuggested = 0;
        Optional<Crs> crs = Optional.empty();
        List<String> warnings = new ArrayList<>();
        // communes are read and compared a few at a time in a pool as wide as the machine (a commune's own parallel
        // phases run in it too), and written in commune order as they come
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        Window<Compared> window = new Window<>(order, c -> () -> compare(oldIndex, newIndex, c, options, auto), pool,
                c -> (long) oldIndex.featureCount(c) + newIndex.featureCount(c));
        // the output files are opened when the first commune is compared (its new map names the CRS the GeoJSON
        // declares), so that no commune is read on this thread before the pool starts
        ResultFiles.ChangeWriter writer = null;
        try {
            if (order.isEmpty()) {
                OutputFolder.await(previous);
                writer = ResultFiles.openChanges(out.resolve("changes.csv"), out.resolve("changes.geojson"),
                        Optional.empty());
            }
            window.fill();
            for (int i = 0; i < order.size(); i++) {
                Compared compared = get(next(window));
                window.fill(); // before writing this one: the pool works meanwhile
                Pair pair = compared.pair();
                CompareMapsCommand.requireComparable(pair.before(), pair.after());
                if (i == 0) {
                    OutputFolder.await(previous);
                    writer = ResultFiles.openChanges(out.resolve("changes.csv"), out.resolve("changes.geojson"),
                            pair.after().crs());
                    crs = pair.after().crs().or(() -> pair.before().crs());
                    warnings.addAll(pair.before().warnings().stream().map(w -> pair.before().source() + ": " + w)
                            .toList());
                    warnings.addAll(pair.after().warnings().stream().map(w -> pair.after().source() + ": " + w)
                            .toList());
                }
                oldRejected.addAll(pair.before().rejected());
                newRejected.addAll(pair.after().rejected());
                oldParcels += pair.before().features().size();
                newParcels += pair.after().features().size();
                oldIdless += pair.before().features().stream().filter(f -> f.idMissing()).count();
                newIdless += pair.after().features().stream().filter(f -> f.idMissing()).count();
                ComparisonResult result = compared.result();
                NoiseEstimate noise = compared.noise();
                if (noise.isInside(options.shapeTolerance())) {
                    noisy++;
                    maxSuggested = Math.max(maxSuggested, noise.suggestedTolerance());
                }
                writer.write(result.groups());
                for (ChangeGroup g : result.groups()) {
                    counts[g.type().ordinal()]++;
                    if (!g.note().isEmpty()) {
                        noted++;
                    }
                }
                groups += result.groups().size();
                if (!result.offsets().isEmpty()) {
                    communeWide.add(result.globalOffset());
                    // the commune's own "*" is its commune-wide estimate: the map-wide line is made below
                    offsets.addAll(result.offsets().subList(1, result.offsets().size()));
                }
                if (noise.pairs() > 0) {
                    noises.add(noise);
                }
                done += pair.before().features().size() + pair.before().rejected().size()
                        + pair.after().features().size() + pair.after().rejected().size();
                tenths.accept((int) Math.min(Integer.MAX_VALUE, done));
            }
            ResultFiles.ChangeWriter w = writer;
            writer = null;
            w.close();
        } finally {
            window.cancel();
            pool.shutdownNow();
            if (writer != null) {
                writer.close(); // after a failure: what was written stays readable
            }
        }
        offsets.add(0, mapWide(communeWide));
        oldRejected.sort(Comparator.comparingInt(RejectedFeature::index));
        newRejected.sort(Comparator.comparingInt(RejectedFeature::index));
        Map<ChangeClass, Integer> byType = new EnumMap<>(ChangeClass.class);
        for (ChangeClass t : ChangeClass.values()) {
            byType.put(t, counts[t.ordinal()]);
        }
        return new Outcome(byType, groups, noted, offsets, pooled(noises), order.size(), noisy, maxSuggested,
                oldParcels, newParcels, oldIdless, newIdless, oldRejected, newRejected, crs, warnings);
    }

    /** One commune read and compared (again at its noise's suggestion when {@code auto} and the noise says so). */
    private static Compared compare(GeoJsonCommuneIndex oldIndex, GeoJsonCommuneIndex newIndex, String commune,
                                    CompareOptions options, boolean auto) throws IOException {
        // the new map's part is read by another thread of the pool when one is free (at the start and the end of
        // the run, and while this commune's neighbour waits on its own tasks), the old map's part on this one
        FutureTask<ParcelLayer> after = new FutureTask<>(() -> newIndex.read(commune));
        ForkJoinTask<?> forked = ForkJoinTask.adapt(after).fork();
        ParcelLayer before;
        try {
            before = oldIndex.read(commune);
        } finally {
            forked.join(); // never throws: the FutureTask holds what the read threw, for get to rethrow as it was
        }
        Pair pair = new Pair(commune, before, get(after));
        CompareMapsCommand.requireComparable(pair.before(), pair.after());
        ComparisonResult result = MapComparison.compare(pair.before(), pair.after(), options);
        NoiseEstimate noise = result.noise();
        if (auto && noise.isInside(options.shapeTolerance())) {
            result = MapComparison.compare(pair.before(), pair.after(),
                    options.withShapeTolerance(noise.suggestedTolerance()));
        }
        return new Compared(pair, result, noise);
    }

    /** The communes' offsets averaged, weighted by their pairs, as the map's line. */
    private static OffsetEstimate mapWide(List<OffsetEstimate> communes) {
        double dx = 0;
        double dy = 0;
        double spread = 0;
        long pairs = 0;
        for (OffsetEstimate o : communes) {
            dx += o.dx() * o.pairs();
            dy += o.dy() * o.pairs();
            spread += o.spread() * o.pairs();
            pairs += o.pairs();
        }
        return pairs == 0 ? new OffsetEstimate("*", 0, 0, 0, 0)
                : new OffsetEstimate("*", dx / pairs, dy / pairs, (int) Math.min(Integer.MAX_VALUE, pairs),
                spread / pairs);
    }

    /** The communes' noise figures averaged, weighted by their pairs (quantiles do not add up exactly). */
    private static NoiseEstimate pooled(List<NoiseEstimate> noises) {
        long pairs = 0;
        long vertices = 0;
        double[] sum = new double[5];
        for (NoiseEstimate n : noises) {
            pairs += n.pairs();
            vertices += n.vertices();
            sum[0] += n.median() * n.pairs();
            sum[1] += n.p95() * n.pairs();
            sum[2] += n.p99() * n.pairs();
            sum[3] += n.pairMedian() * n.pairs();
            sum[4] += n.pairP99() * n.pairs();
        }
        if (pairs == 0) {
            return NoiseEstimate.NONE;
        }
        return new NoiseEstimate((int) Math.min(Integer.MAX_VALUE, pairs), (int) Math.min(Integer.MAX_VALUE,
                vertices), sum[0] / pairs, sum[1] / pairs, sum[2] / pairs, sum[3] / pairs, sum[4] / pairs);
    }

    private static <T> Future<T> next(Window<T> window) throws IOException {
        try {
            return window.next();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the maps", e);
        }
    }

    private static <T> T get(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the maps", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IOException(e.getCause());
        }
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "compare-maps-read");
        t.setDaemon(true);
        return t;
    }

    /** Prints the summary of a commune-by-commune run, as the whole-map run prints its own. */
    static void print(Outcome o, Path oldMap, Path newMap, double tolerance, boolean auto, Path out, PrintWriter p) {
        p.printf("old %s: %d parcels (%d rejected); new %s: %d parcels (%d rejected)%n", oldMap, o.oldParcels(),
                o.oldRejected().size(), newMap, o.newParcels(), o.newRejected().size());
        p.printf("  compared commune by commune: %d communes%n", o.communes());
        OffsetEstimate m = o.offsets().get(0);
        p.printf(Locale.ROOT, "  systematic offset (old to new) removed per sheet: %d estimates in offsets.csv;"
                + " map-wide (communes' mean) dx %.3f m, dy %.3f m from %d parcel pairs (spread %.3f m)%n",
                o.offsets().size(), m.dx(), m.dy(), m.pairs(), m.spread());
        if (o.oldIdless() + o.newIdless() > 0) {
            p.printf("  polygons without a usable id, compared by geometry as #n (their position in the file): %d old,"
                    + " %d new%n", o.oldIdless(), o.newIdless());
        }
        if (auto && o.noisyCommunes() > 0) {
            p.printf(Locale.ROOT, "  shape tolerance from the digitising noise in %d communes (up to %.2f m; %.2f m"
                    + " was inside it)%n", o.noisyCommunes(), o.maxSuggested(), tolerance);
        }
        NoiseEstimate n = o.noise();
        if (n.pairs() > 0) {
            p.printf(Locale.ROOT, "  digitising noise (%d plainly corresponding pairs after the offset, communes'"
                    + " mean): vertex to boundary median %.3f m, P99 %.3f m; per pair largest median %.3f m, P99"
                    + " %.3f m%n", n.pairs(), n.median(), n.p99(), n.pairMedian(), n.pairP99());
        }
        o.counts().forEach((type, k) -> p.printf("  %-12s %d%n", type, k));
        p.printf("  %d groups in %s%n", o.groups(), out.resolve("changes.csv"));
        if (o.noted() > 0) {
            p.printf("  %d groups with a note (repaired polygons, polygons without id, repeated features): see the"
                    + " note column%n", o.noted());
        }
        p.flush();
    }
}
