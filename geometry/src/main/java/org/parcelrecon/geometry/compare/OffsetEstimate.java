package org.parcelrecon.geometry.compare;

import java.util.Objects;

/**
 * The systematic offset between two surveys, as removed before comparing: new ≈ old + (dx, dy).
 *
 * @param scope  {@code "*"} for the whole map; {@code "06652/*"} for commune 06652; {@code "06652/3"} for its
 *               sheet 3; {@code "3"} for sheet 3 of a map without a commune attribute (old-map numbers)
 * @param dx     easting shift (m)
 * @param dy     northing shift (m)
 * @param pairs  how many plainly corresponding parcel pairs it was estimated from (0: none found, offset 0)
 * @param spread median distance of those pairs' own shifts from the estimate (m): the noise level
 */
public record OffsetEstimate(String scope, double dx, double dy, int pairs, double spread) {
    /**
     * Checks that the scope is not null.
     *
     * @param scope {@code "*"} for the whole map; {@code "06652/*"} for commune 06652; {@code "06652/3"} for its sheet
     *     3; {@code "3"} for sheet 3 of a map without a commune attribute (old-map numbers)
     * @param dx easting shift (m)
     * @param dy northing shift (m)
     * @param pairs how many plainly corresponding parcel pairs it was estimated from (0: none found, offset 0)
     * @param spread median distance of those pairs' own shifts from the estimate (m): the noise level
     */
    public OffsetEstimate {
        Objects.requireNonNull(scope, "scope");
    }

    /** {@return the length of the shift (m)} */
    public double length() {
        return Math.hypot(dx, dy);
    }
}
