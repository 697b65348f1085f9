package org.parcelrecon.reconcile.decide;

import java.util.Objects;
import org.parcelrecon.reconcile.map.MapMatch;
import org.parcelrecon.reconcile.read.RegisterEntry;

/**
 * A register row with where its key led on the maps.
 *
 * @param entry the row as read (its land users' links are found by its line)
 * @param match where its key led; for a run without a map, nowhere
 */
public record ResolvedEntry(RegisterEntry entry, MapMatch match) {
    /**
     * Checks for nulls.
     *
     * @param entry the row as read (its land users' links are found by its line)
     * @param match where its key led; for a run without a map, nowhere
     */
    public ResolvedEntry {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(match, "match");
    }
}
