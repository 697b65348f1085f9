package org.parcelrecon.geometry.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parcelrecon.geometry.crs.Crs;

/**
 * What a reader got from one map file: the parcels, the features it had to reject, and the CRS the parcels are in.
 *
 * <p>Every feature of the file is in exactly one of {@link #features()} and {@link #rejected()}, both in file
 * order, so {@code features().size() + rejected().size()} is the file's feature count (a file that breaks off is
 * not a layer: the readers throw {@link MalformedMapException}).
 *
 * @param source   the file name
 * @param crs      the CRS of the parcels' coordinates, when known (declared by the file, given by the caller, or
 *                 the target of a transform)
 * @param features the parcels, in file order
 * @param rejected the rejected features, in file order
 * @param warnings layer-level remarks (CRS undeclared or unknown, CRS overridden), for a person
 */
public record ParcelLayer(String source, Optional<Crs> crs, List<ParcelFeature> features,
                          List<RejectedFeature> rejected, List<String> warnings) {
    /**
     * Copies the lists.
     *
     * @param source the file name
     * @param crs the CRS of the parcels' coordinates, when known (declared by the file, given by the caller, or the
     *     target of a transform)
     * @param features the parcels, in file order
     * @param rejected the rejected features, in file order
     * @param warnings layer-level remarks (CRS undeclared or unknown, CRS overridden), for a person
     */
    public ParcelLayer {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(crs, "crs");
        features = List.copyOf(features);
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }
}
