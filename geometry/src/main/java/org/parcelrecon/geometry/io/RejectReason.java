package org.parcelrecon.geometry.io;

/** Why a reader could not make a parcel of a feature or row. Stable codes: hosts may store them. */
public enum RejectReason {
    /** The geometry is absent or null. */
    MISSING_GEOMETRY,
    /** The geometry cannot be parsed (bad WKT/WKB/GeoJSON structure, unknown type). */
    UNPARSEABLE_GEOMETRY,
    /** A coordinate is NaN or infinite. */
    NON_FINITE_COORDINATES,
    /** The geometry is a point, a line or a collection holding them, not a polygon. */
    NOT_A_POLYGON,
    /** The geometry has no area-bearing part left (empty, or every ring too short). */
    EMPTY_GEOMETRY,
    /**
     * The parcel id is missing or blank and cannot be derived from sheet and plot. Not produced by the built-in
     * readers any more: such a feature is kept with a synthetic id ({@link ReadRepair#ID_MISSING}).
     */
    MISSING_ID,
    /** The geometry could not be transformed into the target CRS. */
    UNTRANSFORMABLE,
    /**
     * The file itself is broken from this point on. No longer produced: the readers throw
     * {@link MalformedMapException} instead of returning a map cut short. Kept because hosts may have stored it.
     */
    MALFORMED_FILE,
    /**
     * A coordinate lies outside the plausible extent of the map's CRS: beyond ±180° longitude or ±90° latitude in a
     * geographic CRS, beyond 10<sup>8</sup> in absolute value in any other (in metres, a quarter of the way to the
     * Moon). Such values ({@code 1e300}) are typing or export errors, and would overflow areas and
     * printed locations.
     */
    IMPLAUSIBLE_COORDINATES,
    /**
     * A row of a CSV map has more or fewer cells than its header (a delimiter inside an unquoted value, a cell
     * left out): which value belongs to which column would be a guess, so the row is not read.
     */
    WRONG_CELL_COUNT
}
