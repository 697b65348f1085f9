package org.parcelrecon.geometry.qa;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One map QA finding: what, which parcels, how much, and where.
 *
 * <p>Example rows (as {@link #toString()} would sum them up):
 * <pre>
 * INVALID_GEOMETRY [266-31]        measure 812.4   "Self-intersection"          POINT (231403.1 902114.7)
 * OVERLAP          [106-54, 106-55] measure 3.2    "overlap 3.20 m²"            POINT (232575.0 901520.1)
 * AREA_MISMATCH    [12/45]          measure -7.5   "recorded 160.0 m², map 148.0 m²"
 * </pre>
 *
 * @param type      the kind of finding
 * @param parcelIds the parcels concerned, in map order, never empty
 * @param measure   the size of the problem; its unit depends on the type (see {@link FindingType})
 * @param detail    a short explanation for a person
 * @param x         easting (or longitude) of a point on or in the problem
 * @param y         northing (or latitude) of that point
 */
public record MapFinding(FindingType type, List<String> parcelIds, double measure, String detail, double x,
                         double y) {
    /**
     * Copies the ids and checks that the finding names at least one parcel.
     *
     * @param type the kind of finding
     * @param parcelIds the parcels concerned, in map order, never empty
     * @param measure the size of the problem; its unit depends on the type (see {@link FindingType})
     * @param detail a short explanation for a person
     * @param x easting (or longitude) of a point on or in the problem
     * @param y northing (or latitude) of that point
     */
    public MapFinding {
        Objects.requireNonNull(type, "type");
        parcelIds = List.copyOf(parcelIds);
        if (parcelIds.isEmpty()) {
            throw new IllegalArgumentException("a finding names at least one parcel");
        }
        Objects.requireNonNull(detail, "detail");
    }

    /** {@return the location as WKT, e.g. {@code POINT (232575.012 901520.1)}; {@code POINT EMPTY} when not finite} */
    public String locationWkt() {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return "POINT EMPTY";
        }
        return "POINT (" + plain(x) + " " + plain(y) + ")";
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(Math.round(v * 1000) / 1000.0).stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %s %.3f %s %s", type, parcelIds, measure, detail, locationWkt());
    }
}
