package org.parcelrecon.geometry.compare;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How many true change groups a comparison reproduced exactly: the same old parcels, the same new parcels and the
 * same {@link ChangeType}. Truth comes from a generator (the testkit's {@code truth_changes.csv}) or from a person's
 * review; a true group the comparison split, joined or classified otherwise counts as wrong for its true type.
 * <pre>
 *   truth {a} → {A} UNCHANGED,  {b} → {B1, B2} SPLIT
 *   found {a} → {A} UNCHANGED,  {b} → {B1} MODIFIED, {} → {B2} NEW
 *   → UNCHANGED 1/1, SPLIT 0/1, overall 1/2
 * </pre>
 */
public final class ChangeEvaluation {
    /** A group of parcels as two sorted id sets; either may be empty (NEW, REMOVED). */
    public record Group(Set<String> oldIds, Set<String> newIds) {
        public Group {
            oldIds = Set.copyOf(new TreeSet<>(oldIds));
            newIds = Set.copyOf(new TreeSet<>(newIds));
        }
    }

    /** Right and total groups of one true change type. */
    public record Accuracy(ChangeType type, long right, long total) {
        public Accuracy {
            Objects.requireNonNull(type, "type");
        }

        /** Share right, in [0, 1]; 1 when there was nothing to get right. */
        public double share() {
            return total == 0 ? 1.0 : (double) right / total;
        }
    }

    private ChangeEvaluation() {
    }

    /** Accuracy per true change type, in {@link ChangeType} order, for types that occur in the truth. */
    public static List<Accuracy> evaluate(Map<Group, ChangeType> truth, Map<Group, ChangeType> found) {
        Map<ChangeType, long[]> counts = new EnumMap<>(ChangeType.class);
        for (Map.Entry<Group, ChangeType> e : truth.entrySet()) {
            long[] c = counts.computeIfAbsent(e.getValue(), t -> new long[2]);
            c[1]++;
            if (e.getValue() == found.get(e.getKey())) {
                c[0]++;
            }
        }
        List<Accuracy> out = new ArrayList<>();
        counts.forEach((type, c) -> out.add(new Accuracy(type, c[0], c[1])));
        return List.copyOf(out);
    }
}
