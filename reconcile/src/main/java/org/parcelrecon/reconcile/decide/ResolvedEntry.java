package org.parcelrecon.reconcile.decide;

import java.util.Objects;
import org.parcelrecon.reconcile.map.MapMatch;
import org.parcelrecon.reconcile.read.RegisterEntry;

/**
 * A register row with where its key led on the maps.
 *
 * @param index the row's position among the register's entries (its land users' links are found by it)
 * @param entry the row as read
 * @param match where its key led; for a run without a map, nowhere
 */
public record ResolvedEntry(int index, RegisterEntry entry, MapMatch match) {
    /** Checks for nulls. */
    public ResolvedEntry {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(match, "match");
    }
}
