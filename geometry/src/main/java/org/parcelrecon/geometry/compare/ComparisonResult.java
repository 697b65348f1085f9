package org.parcelrecon.geometry.compare;

import org.parcelrecon.core.evidence.ChangeClass;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of comparing two maps: one {@link ChangeGroup} per connected group (every parcel of both maps in
 * exactly one), and the offsets removed.
 *
 * @param groups  the groups: those with old parcels in old-map order of their first parcel, then the NEW ones in
 *                new-map order
 * @param offsets the offsets: the map's ({@code "*"}) first, then per commune and sheet in scope order
 *                ({@code "06652/*"}, {@code "06652/1"}, {@code "06652/2"}, ...; see {@link OffsetEstimate#scope()})
 * @param noise   the digitising noise of the pair, measured on its plainly corresponding parcels: compare the shape
 *                tolerance with {@link NoiseEstimate#isInside}
 */
public record ComparisonResult(List<ChangeGroup> groups, List<OffsetEstimate> offsets, NoiseEstimate noise) {
    /**
     * Copies the lists.
     *
     * @param groups the groups: those with old parcels in old-map order of their first parcel, then the NEW ones in
     *     new-map order
     * @param offsets the offsets: the map's ({@code "*"}) first, then per commune and sheet in scope order ({@code
     *     "06652/*"}, {@code "06652/1"}, {@code "06652/2"}, ...; see {@link OffsetEstimate#scope()})
     * @param noise the digitising noise of the pair, measured on its plainly corresponding parcels: compare the shape
     *     tolerance with {@link NoiseEstimate#isInside}
     */
    public ComparisonResult {
        groups = List.copyOf(groups);
        offsets = List.copyOf(offsets);
        java.util.Objects.requireNonNull(noise, "noise");
    }

    /**
     * A result without a noise estimate ({@link NoiseEstimate#NONE}).
     *
     * @param groups the groups: those with old parcels in old-map order of their first parcel, then the NEW ones in
     *     new-map order
     * @param offsets the offsets: the map's ({@code "*"}) first, then per commune and sheet in scope order ({@code
     *     "06652/*"}, {@code "06652/1"}, {@code "06652/2"}, ...; see {@link OffsetEstimate#scope()})
     */
    public ComparisonResult(List<ChangeGroup> groups, List<OffsetEstimate> offsets) {
        this(groups, offsets, NoiseEstimate.NONE);
    }

    /** {@return the number of groups per change type, every type present, in enum order} */
    public Map<ChangeClass, Integer> counts() {
        Map<ChangeClass, Integer> counts = new EnumMap<>(ChangeClass.class);
        for (ChangeClass t : ChangeClass.values()) {
            counts.put(t, 0);
        }
        for (ChangeGroup g : groups) {
            counts.merge(g.type(), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(counts);
    }

    /** {@return the map-wide offset} */
    public OffsetEstimate globalOffset() {
        return offsets.get(0);
    }
}
