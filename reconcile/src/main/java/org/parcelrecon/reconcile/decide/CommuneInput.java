package org.parcelrecon.reconcile.decide;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parcelrecon.geometry.crs.Crs;
import org.parcelrecon.core.evidence.MapParcel;
import org.parcelrecon.geometry.io.ParcelFeature;

/**
 * Everything one commune's decision needs from the register and the map: its register rows with where their keys
 * led, its new-map parcels (as figures for the rules, and as features for the output), and which of them no
 * register row reached. With the province's {@link DecisionContext} (rules, links) this decides the commune alone: a
 * province is the union of its communes.
 *
 * @param communeCode  today's commune code
 * @param entries      the commune's register rows, in file order
 * @param mapParcels   the figures of the commune's new-map parcels; a {@link ResolvedEntry}'s match and
 *                     {@code unregistered} index into this list
 * @param features     the same parcels as read, in the same order (geometries for the output); empty when there is
 *                     no map
 * @param unregistered the parcels no register row reached, in map order
 * @param crs          the features' coordinate reference system, when known
 */
public record CommuneInput(String communeCode, List<ResolvedEntry> entries, List<MapParcel> mapParcels,
                           List<ParcelFeature> features, List<Integer> unregistered, Optional<Crs> crs) {
    /**
     * Copies the lists and checks that parcels and features line up.
     *
     * @param communeCode today's commune code
     * @param entries the commune's register rows, in file order
     * @param mapParcels the figures of the commune's new-map parcels; a {@link ResolvedEntry}'s match and {@code
     *     unregistered} index into this list
     * @param features the same parcels as read, in the same order (geometries for the output); empty when there is no
     *     map
     * @param unregistered the parcels no register row reached, in map order
     * @param crs the features' coordinate reference system, when known
     */
    public CommuneInput {
        Objects.requireNonNull(communeCode, "communeCode");
        entries = List.copyOf(entries);
        mapParcels = List.copyOf(mapParcels);
        features = List.copyOf(features);
        unregistered = List.copyOf(unregistered);
        Objects.requireNonNull(crs, "crs");
        if (!features.isEmpty() && features.size() != mapParcels.size()) {
            throw new IllegalArgumentException(features.size() + " features for " + mapParcels.size() + " map parcels");
        }
    }
}
