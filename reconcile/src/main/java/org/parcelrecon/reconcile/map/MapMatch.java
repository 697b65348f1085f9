package org.parcelrecon.reconcile.map;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parcelrecon.core.evidence.ParcelChange;

/**
 * Where a register key led on the maps.
 *
 * @param communeCode  today's commune code the key was found under (the first candidate when it was not found)
 * @param newParcels   the new map's parcels the register row belongs to (indices into the new map's features, in
 *                     map order); empty when none
 * @param change       when the key was found only on the old map: how that old parcel changed, which explains why
 *                     the register's key is not on the new map; empty when the key was on the new map or nowhere
 */
public record MapMatch(String communeCode, List<Integer> newParcels, Optional<ParcelChange> change) {
    /**
     * Copies the list.
     *
     * @param communeCode today's commune code the key was found under (the first candidate when it was not found)
     * @param newParcels the new map's parcels the register row belongs to (indices into the new map's features, in map
     *     order); empty when none
     * @param change when the key was found only on the old map: how that old parcel changed, which explains why the
     *     register's key is not on the new map; empty when the key was on the new map or nowhere
     */
    public MapMatch {
        Objects.requireNonNull(communeCode, "communeCode");
        newParcels = List.copyOf(newParcels);
        Objects.requireNonNull(change, "change");
    }
}
