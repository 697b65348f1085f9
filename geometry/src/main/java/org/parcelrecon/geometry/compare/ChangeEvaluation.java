package org.parcelrecon.geometry.compare;

import org.parcelrecon.core.evidence.ChangeClass;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How many true change groups a comparison reproduced exactly: the same old parcels, the same new parcels and the
 * same {@link ChangeClass}. Truth comes from a generator (the testkit's {@code truth_changes.csv}) or from a person's
 * review; a true group the comparison split, joined or classified otherwise counts as wrong for its true type.
 * <pre>
 *   truth {a} → {A} UNCHANGED,  {b} → {B1, B2} SPLIT
 *   found {a} → {A} UNCHANGED,  {b} → {B1} MODIFIED, {} → {B2} NEW
 *   → UNCHANGED 1/1, SPLIT 0/1, overall 1/2
 * </pre>
 *
 * <p>A comparison puts every parcel of both maps in exactly one group, so a parcel id of the truth that no found
 * group holds was not on the maps compared (the generator drops some on purpose, as the map error
 * {@code MISSING_FROM_MAP}; a real map may simply lack it). No comparison can reproduce such a group: it is
 * counted as {@link Accuracy#notOnMaps()}, outside {@code total}.
 * <pre>
 *   truth {c} → {C} MODIFIED, but C is on neither map; found {c} → {} REMOVED
 *   → MODIFIED 0/0, not on maps 1
 * </pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class ChangeEvaluation {
    /** A group of parcels as two sorted id sets; either may be empty (NEW, REMOVED). */
    public record Group(Set<String> oldIds, Set<String> newIds) {
        /**
         * Copies the ids into sorted sets, so that equal groups are equal whatever order the ids came in.
         *
         * @param oldIds the ids of the group's parcels on the old map
         * @param newIds the ids of the group's parcels on the new map
         */
        public Group {
            oldIds = Set.copyOf(new TreeSet<>(oldIds));
            newIds = Set.copyOf(new TreeSet<>(newIds));
        }
    }

    /**
     * Right and total groups of one true change type.
     *
     * @param type      the true change type
     * @param right     true groups of that type found exactly
     * @param total     true groups of that type whose parcels are all on the maps compared
     * @param notOnMaps true groups of that type left out of {@code total}: one of their parcels was on neither map
     */
    public record Accuracy(ChangeClass type, long right, long total, long notOnMaps) {
        /**
         * Checks that the counts are consistent: none negative, no more right than in total.
         *
         * @param type the true change type
         * @param right true groups of that type found exactly
         * @param total true groups of that type whose parcels are all on the maps compared
         * @param notOnMaps true groups of that type left out of {@code total}: one of their parcels was on neither map
         */
        public Accuracy {
            Objects.requireNonNull(type, "type");
            if (right < 0 || right > total || notOnMaps < 0) {
                throw new IllegalArgumentException("need 0 <= right <= total and notOnMaps >= 0, got right " + right
                        + ", total " + total + ", notOnMaps " + notOnMaps);
            }
        }

        /**
         * Share right, in [0, 1]; 1 when there was nothing to get right.
         *
         * @return the share of groups of this type classified right
         */
        public double share() {
            return total == 0 ? 1.0 : (double) right / total;
        }
    }

    private ChangeEvaluation() {
    }

    /**
     * Accuracy per true change type, in {@link ChangeClass} order, for types that occur in the truth.
     *
     * @param truth the true change of each group, from the generator
     * @param found the change the comparison found for each group
     * @return one accuracy per true change type
     */
    public static List<Accuracy> evaluate(Map<Group, ChangeClass> truth, Map<Group, ChangeClass> found) {
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(found, "found");
        Set<String> onMaps = new HashSet<>();
        for (Group g : found.keySet()) {
            onMaps.addAll(g.oldIds());
            onMaps.addAll(g.newIds());
        }
        Map<ChangeClass, long[]> counts = new EnumMap<>(ChangeClass.class);
        for (Map.Entry<Group, ChangeClass> e : truth.entrySet()) {
            long[] c = counts.computeIfAbsent(e.getValue(), t -> new long[3]);
            Group g = e.getKey();
            if (!onMaps.containsAll(g.oldIds()) || !onMaps.containsAll(g.newIds())) {
                c[2]++;
                continue;
            }
            c[1]++;
            if (e.getValue() == found.get(g)) {
                c[0]++;
            }
        }
        List<Accuracy> out = new ArrayList<>();
        counts.forEach((type, c) -> out.add(new Accuracy(type, c[0], c[1], c[2])));
        return List.copyOf(out);
    }
}
