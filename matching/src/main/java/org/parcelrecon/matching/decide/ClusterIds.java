package org.parcelrecon.matching.decide;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Stable person (cluster) ids across runs: when records are deduplicated or linked again after new rows arrive,
 * each new cluster keeps the id of the old cluster whose members it holds, so an id handed out yesterday still
 * names the same person today; splits and merges are reported, not hidden by renumbering.
 *
 * <h2>Rules</h2>
 * <ol>
 *   <li>The overlap of a new cluster and an old id is the number of the new cluster's records that had that id.</li>
 *   <li>Old ids are handed out greedily by overlap, largest first, each old id to at most one new cluster and each
 *       new cluster at most one old id. Ties go to the smaller old id, then to the new cluster whose smallest
 *       record id is smaller, so the result depends neither on the order of the clusters nor of their records.</li>
 *   <li>A new cluster left without an old id gets a fresh one from the caller's supplier (clusters in the order of
 *       their smallest record id); an id the supplier gives that is already in use (old or new) is skipped.</li>
 * </ol>
 *
 * <h2>Changes reported</h2>
 * <ul>
 *   <li>{@link Kind#KEPT}: the new cluster's old records all had one id, and no record of that id went elsewhere
 *       (new records may have joined);</li>
 *   <li>{@link Kind#SPLIT}: one old id's records now lie in two or more clusters: old id, and the new ids, the one
 *       that kept the old id first;</li>
 *   <li>{@link Kind#MERGED}: one new cluster holds records of two or more old ids: the old ids, and its id;</li>
 *   <li>{@link Kind#NEW}: a cluster of records no previous run had;</li>
 *   <li>{@link Kind#GONE}: an old id none of whose records is in any cluster now.</li>
 * </ul>
 * A cluster can take part in a split and a merge at once (part of A joins B): both are reported.
 *
 * <p>Example: yesterday {@code P1 = {a, b, c}}, {@code P2 = {d}}, {@code P3 = {e}}; today {@code {a, b}},
 * {@code {c, d}}, {@code {f}}. Then {@code {a, b}} keeps P1 (overlap 2), {@code {c, d}} takes P2 (P1 is taken),
 * {@code {f}} gets a fresh id; reported: P1 SPLIT into [P1, P2], [P1, P2] MERGED into P2, NEW, P3 GONE.
 *
 * <p>Stateless; thread-safe.
 */
public final class ClusterIds {
    private ClusterIds() {
    }

    /** What happened to a cluster between two runs. */
    public enum Kind {
        /** Same records (perhaps with new ones), same id. */
        KEPT,
        /** One old cluster's records went to several new clusters. */
        SPLIT,
        /** Several old clusters' records went to one new cluster. */
        MERGED,
        /** Only new records. */
        NEW,
        /** No record of the old cluster is left. */
        GONE
    }

    /**
     * One change.
     *
     * @param kind   what happened
     * @param oldIds the old ids involved (empty for {@link Kind#NEW})
     * @param newIds the new ids involved (empty for {@link Kind#GONE})
     */
    public record Change(Kind kind, List<String> oldIds, List<String> newIds) {
        /**
         * Copies the lists.
         *
         * @param kind   what happened
         * @param oldIds the old ids involved
         * @param newIds the new ids involved
         */
        public Change {
            Objects.requireNonNull(kind, "kind");
            oldIds = List.copyOf(oldIds);
            newIds = List.copyOf(newIds);
        }
    }

    /**
     * The ids of today's clusters and what changed.
     *
     * @param ids        the id of each cluster, in the order the clusters were given
     * @param assignment each record's cluster id, clusters in the order given
     * @param changes    the changes: {@code KEPT}, {@code MERGED} and {@code NEW} by new id, then {@code SPLIT}
     *                   and {@code GONE} by old id
     */
    public record Result(List<String> ids, Map<String, String> assignment, List<Change> changes) {
        /**
         * Copies the lists and map (the map keeps its order).
         *
         * @param ids        the id of each cluster, in the order the clusters were given
         * @param assignment each record's cluster id
         * @param changes    the changes
         */
        public Result {
            ids = List.copyOf(ids);
            assignment = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(assignment));
            changes = List.copyOf(changes);
        }

        /**
         * The changes of one kind, in order.
         *
         * @param kind the kind of change wanted
         * @return the changes of that kind
         */
        public List<Change> changes(Kind kind) {
            return changes.stream().filter(c -> c.kind() == kind).toList();
        }
    }

    /**
     * Gives today's clusters the ids of yesterday's where their records still belong together.
     *
     * @param previous  each record's cluster id from the previous run (record id to cluster id)
     * @param clusters  today's clusters, each the record ids of its members (a record in at most one)
     * @param freshIds  ids for clusters that keep none, e.g. a counter ({@code "P" + n}); must never repeat an id
     *                  handed out before (ids in {@code previous} or already given are skipped)
     * @return the ids of today's clusters, each record's id and what changed
     * @throws IllegalArgumentException if a record is in two clusters, a cluster is empty, or an id is blank
     * @throws IllegalStateException    if {@code freshIds} keeps giving ids in use
     */
    public static Result carryOver(Map<String, String> previous, List<? extends Collection<String>> clusters,
                                   Supplier<String> freshIds) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(clusters, "clusters");
        Objects.requireNonNull(freshIds, "freshIds");
        int n = clusters.size();
        String[] smallest = new String[n];
        List<TreeMap<String, Integer>> overlaps = new ArrayList<>(n);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            Collection<String> members = clusters.get(i);
            if (members.isEmpty()) {
                throw new IllegalArgumentException("cluster " + i + " is empty");
            }
            TreeMap<String, Integer> overlap = new TreeMap<>();
            for (String record : members) {
                if (record == null || record.isBlank()) {
                    throw new IllegalArgumentException("cluster " + i + " holds a blank record id");
                }
                if (!seen.add(record)) {
                    throw new IllegalArgumentException("record '" + record + "' is in two clusters (cluster " + i
                            + " and an earlier one)");
                }
                if (smallest[i] == null || record.compareTo(smallest[i]) < 0) {
                    smallest[i] = record;
                }
                String old = previous.get(record);
                if (old != null) {
                    overlap.merge(old, 1, Integer::sum);
                }
            }
            overlaps.add(overlap);
        }
        // Greedy by overlap: largest first; ties to the smaller old id, then the cluster with the smaller record.
        List<int[]> candidates = new ArrayList<>();
        List<String> oldOf = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (Map.Entry<String, Integer> e : overlaps.get(i).entrySet()) {
                candidates.add(new int[] {i, e.getValue(), oldOf.size()});
                oldOf.add(e.getKey());
            }
        }
        candidates.sort(Comparator.<int[]>comparingInt(c -> -c[1])
                .thenComparing(c -> oldOf.get(c[2]))
                .thenComparing(c -> smallest[c[0]]));
        String[] ids = new String[n];
        Set<String> taken = new HashSet<>();
        for (int[] c : candidates) {
            String old = oldOf.get(c[2]);
            if (ids[c[0]] == null && !taken.contains(old)) {
                ids[c[0]] = old;
                taken.add(old);
            }
        }
        Set<String> inUse = new HashSet<>(previous.values());
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparing(i -> smallest[i]));
        for (int i : order) {
            if (ids[i] == null) {
                ids[i] = fresh(freshIds, inUse, taken, previous.size() + n + 1);
                taken.add(ids[i]);
            }
        }
        Map<String, String> assignment = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            for (String record : clusters.get(i)) {
                assignment.put(record, ids[i]);
            }
        }
        return new Result(List.of(ids), assignment, changes(previous, overlaps, ids));
    }

    private static String fresh(Supplier<String> freshIds, Set<String> inUse, Set<String> taken, int attempts) {
        for (int k = 0; k < attempts; k++) {
            String id = freshIds.get();
            if (id == null || id.isBlank()) {
                throw new IllegalStateException("the fresh-id supplier gave a blank id");
            }
            if (!inUse.contains(id) && !taken.contains(id)) {
                return id;
            }
        }
        throw new IllegalStateException("the fresh-id supplier gave " + attempts + " ids in a row that are already"
                + " in use; give it a counter that never repeats");
    }

    private static List<Change> changes(Map<String, String> previous, List<TreeMap<String, Integer>> overlaps,
                                        String[] ids) {
        // old id -> the new clusters its surviving records are in
        Map<String, List<Integer>> spread = new TreeMap<>();
        for (int i = 0; i < ids.length; i++) {
            for (String old : overlaps.get(i).keySet()) {
                spread.computeIfAbsent(old, k -> new ArrayList<>()).add(i);
            }
        }
        List<Change> byNew = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            Set<String> olds = overlaps.get(i).keySet();
            if (olds.isEmpty()) {
                byNew.add(new Change(Kind.NEW, List.of(), List.of(ids[i])));
            } else if (olds.size() > 1) {
                byNew.add(new Change(Kind.MERGED, List.copyOf(olds), List.of(ids[i])));
            } else if (spread.get(olds.iterator().next()).size() == 1) {
                byNew.add(new Change(Kind.KEPT, List.copyOf(olds), List.of(ids[i])));
            }
        }
        byNew.sort(Comparator.comparing((Change c) -> c.newIds().get(0)));
        List<Change> out = new ArrayList<>(byNew);
        Set<String> oldIds = new TreeSet<>(previous.values());
        for (String old : oldIds) {
            List<Integer> where = spread.get(old);
            if (where == null) {
                out.add(new Change(Kind.GONE, List.of(old), List.of()));
            } else if (where.size() > 1) {
                List<String> newIds = new ArrayList<>();
                for (int i : where) {
                    newIds.add(ids[i]);
                }
                newIds.sort(Comparator.comparing((String id) -> !id.equals(old)).thenComparing(id -> id));
                out.add(new Change(Kind.SPLIT, List.of(old), newIds));
            }
        }
        return out;
    }
}
