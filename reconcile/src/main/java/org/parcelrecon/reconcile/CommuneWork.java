package org.parcelrecon.reconcile;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinTask;
import org.parcelrecon.core.evidence.MapParcel;
import org.parcelrecon.geometry.compare.ComparisonResult;
import org.parcelrecon.geometry.compare.MapComparison;
import org.parcelrecon.geometry.crs.Crs;
import org.parcelrecon.geometry.io.ParcelFeature;
import org.parcelrecon.geometry.io.ParcelLayer;
import org.parcelrecon.reconcile.decide.CommuneInput;
import org.parcelrecon.reconcile.decide.CommuneResult;
import org.parcelrecon.reconcile.decide.CommuneStep;
import org.parcelrecon.reconcile.decide.DecisionContext;
import org.parcelrecon.reconcile.decide.ResolvedEntry;
import org.parcelrecon.reconcile.map.CommuneMaps;
import org.parcelrecon.reconcile.map.MapMatch;
import org.parcelrecon.reconcile.map.SurveyMaps;
import org.parcelrecon.reconcile.read.RegisterEntry;
import org.parcelrecon.reconcile.read.RegisterSpill;
import org.parcelrecon.core.input.RejectedRow;

/**
 * The commune-by-commune part of a run: for each commune, in code order and a few at a time, its register rows and
 * map parcels are read, the surveys compared, keys resolved and the commune decided; results are handed on in order
 * and let go.
 *
 * <p>A register row of a pre-2025 commune that was split between several of today's communes is decided in the
 * commune {@link SplitCommuneRows} chose for it. A map whose parcels name no commune is one commune's map: each
 * register commune is resolved against all of it by sheet and plot, and its parcels nobody reached come last, as
 * commune {@link SurveyMaps#NO_COMMUNE}.
 */
final class CommuneWork {
    private final ReconcileSettings settings;
    private final RegisterSpill register;
    private final Optional<CommuneMaps> newMap;
    private final Optional<CommuneMaps> oldMap;
    private final DecisionContext context;
    private final Map<Long, String> splitRows;
    private final java.util.concurrent.atomic.AtomicLongArray nanos = new java.util.concurrent.atomic.AtomicLongArray(5);
    private static final String[] PARTS = {"read maps", "compare surveys", "read register", "decide", "write"};

    private final java.util.concurrent.ForkJoinPool pool;

    CommuneWork(ReconcileSettings settings, RegisterSpill register, Optional<CommuneMaps> newMap,
                Optional<CommuneMaps> oldMap, DecisionContext context, Map<Long, String> splitRows,
                java.util.concurrent.ForkJoinPool pool) {
        this.pool = pool;
        this.splitRows = splitRows;
        this.settings = settings;
        this.register = register;
        this.newMap = newMap;
        this.oldMap = oldMap;
        this.context = context;
    }

    /** One commune's outcome: its verdicts and the rows of its map that could not be read. */
    private record Outcome(CommuneResult result, List<RejectedRow> rejected) {
    }

    /** Decides every commune, handing results to {@code sink} in order; returns the number of communes. */
    int run(CommuneSink sink, List<RejectedRow> rejected, RunProgress progress) throws IOException {
        boolean shared = newMap.isPresent() && !newMap.get().hasCommunes();
        Optional<MapsOfCommune> whole = shared ? Optional.of(maps(SurveyMaps.NO_COMMUNE)) : Optional.empty();
        whole.ifPresent(w -> rejected.addAll(w.rejected()));
        SortedSet<String> communes = new TreeSet<>(register.communes());
        if (newMap.isPresent() && !shared) {
            communes.addAll(newMap.get().communes());
        }
        BitSet claimedShared = new BitSet();
        int done = 0;
        // fork/join tasks, not CompletableFutures: joining one on a worker runs it there when no other worker has
        // taken it, so the window never waits for the pool to add a thread (a blocked join once hung the run)
        Deque<ForkJoinTask<Outcome>> window = new ArrayDeque<>();
        List<String> order = new ArrayList<>(communes);
        int next = 0;
        while (next < order.size() || !window.isEmpty()) {
            while (next < order.size() && window.size() < settings.parallelism() + 1) {
                String commune = order.get(next++);
                ForkJoinTask<Outcome> task = ForkJoinTask.adapt(() -> decide(commune, whole, claimedShared));
                if (ForkJoinTask.getPool() == pool) {
                    task.fork();
                } else {
                    pool.execute(task);
                }
                window.add(task);
            }
            Outcome o = joined(window.poll());
            rejected.addAll(o.rejected());
            long t = System.nanoTime();
            sink.accept(o.result());
            nanos.addAndGet(4, System.nanoTime() - t);
            progress.progress("decide communes", ++done, order.size());
        }
        done += unreached(whole, claimedShared, sink);
        return done;
    }

    /** The task's outcome; its {@code IOException}, unwrapped, when it failed with one. */
    private static Outcome joined(ForkJoinTask<Outcome> task) throws IOException {
        try {
            return task.join();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof IOException io) {
                    throw io;
                }
            }
            throw e;
        }
    }

    /** The time spent in each part, summed over threads, for a person: {@code "read maps 12.0 s, ..."}. */
    String timeSpent() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < PARTS.length; i++) {
            b.append(i == 0 ? "" : ", ").append(PARTS[i]).append(' ')
                    .append(String.format(java.util.Locale.ROOT, "%.1f s", nanos.get(i) / 1e9));
        }
        return b.append(" (thread time)").toString();
    }

    /** A commune's map parcels (both surveys) and their comparison. */
    private record MapsOfCommune(SurveyMaps maps, ParcelLayer layer, List<RejectedRow> rejected) {
    }

    private MapsOfCommune maps(String commune) throws IOException {
        long t = System.nanoTime();
        CommuneMaps.CommuneLayer after = newMap.get().read(commune);
        List<RejectedRow> rejected = new ArrayList<>(after.rejected());
        Optional<CommuneMaps.CommuneLayer> before = oldMap.isPresent()
                ? Optional.of(oldMap.get().read(oldMap.get().hasCommunes() ? commune : SurveyMaps.NO_COMMUNE))
                : Optional.empty();
        SurveyMaps maps;
        nanos.addAndGet(0, System.nanoTime() - t);
        t = System.nanoTime();
        if (before.isPresent() && !before.get().layer().features().isEmpty() && !after.layer().features().isEmpty()) {
            rejected.addAll(before.get().rejected());
            // in the run's pool, even if the host's options name another: the run's parallelism bounds it all
            ComparisonResult comparison = MapComparison.compare(before.get().layer(), after.layer(),
                    settings.compareOptions().withPool(pool));
            maps = SurveyMaps.of(after.layer(), before.get().layer(), comparison, settings.units());
        } else {
            before.ifPresent(b -> rejected.addAll(b.rejected()));
            maps = SurveyMaps.of(after.layer(), settings.units());
        }
        nanos.addAndGet(1, System.nanoTime() - t);
        return new MapsOfCommune(maps, after.layer(), rejected);
    }

    private Outcome decide(String commune, Optional<MapsOfCommune> whole, BitSet claimedShared) throws IOException {
        Optional<MapsOfCommune> maps = whole.isPresent() ? whole
                : newMap.isPresent() ? Optional.of(maps(commune)) : Optional.empty();
        long t = System.nanoTime();
        List<RegisterEntry> entries = register.read(commune);
        nanos.addAndGet(2, System.nanoTime() - t);
        t = System.nanoTime();
        List<ResolvedEntry> resolved = new ArrayList<>(entries.size());
        BitSet reached = new BitSet();
        for (RegisterEntry e : entries) {
            if (e.communeCandidates().size() > 1 && !commune.equals(splitRows.get(e.line()))) {
                continue; // a split commune's row that belongs to another of its successors
            }
            MapMatch match = maps.isPresent() ? maps.get().maps().match(List.of(commune), e.sheetPlot())
                    : new MapMatch(commune, List.of(), Optional.empty());
            match.newParcels().forEach(reached::set);
            resolved.add(new ResolvedEntry(e, new MapMatch(commune, match.newParcels(), match.change())));
        }
        List<MapParcel> figures = new ArrayList<>();
        List<Integer> unregistered = new ArrayList<>();
        List<ParcelFeature> features = List.of();
        Optional<Crs> crs = Optional.empty();
        List<RejectedRow> rejected = List.of();
        if (maps.isPresent()) {
            ParcelLayer layer = maps.get().layer();
            features = layer.features();
            crs = layer.crs();
            for (int i = 0; i < features.size(); i++) {
                figures.add(maps.get().maps().mapParcel(i));
            }
            if (whole.isPresent()) {
                synchronized (claimedShared) {
                    claimedShared.or(reached);
                }
            } else {
                for (int i = reached.nextClearBit(0); i < features.size(); i = reached.nextClearBit(i + 1)) {
                    unregistered.add(i);
                }
                rejected = maps.get().rejected();
            }
        }
        CommuneInput input = new CommuneInput(commune, resolved, figures, features, unregistered, crs);
        CommuneResult result = CommuneStep.decide(input, context);
        nanos.addAndGet(3, System.nanoTime() - t);
        return new Outcome(result, rejected);
    }

    /** A shared map's parcels no register commune reached, as one last commune; returns communes added. */
    private int unreached(Optional<MapsOfCommune> whole, BitSet claimedShared, CommuneSink sink) throws IOException {
        if (whole.isEmpty()) {
            return 0;
        }
        MapsOfCommune maps = whole.get();
        List<ParcelFeature> features = maps.layer().features();
        List<MapParcel> figures = new ArrayList<>(features.size());
        List<Integer> unregistered = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            figures.add(maps.maps().mapParcel(i));
            if (!claimedShared.get(i)) {
                unregistered.add(i);
            }
        }
        sink.accept(CommuneStep.decide(new CommuneInput(SurveyMaps.NO_COMMUNE, List.of(), figures, features,
                unregistered, maps.layer().crs()), context));
        return 1;
    }
}
