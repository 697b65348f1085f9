package org.parcelrecon.geometry.qa;

/**
 * The kinds of map QA finding, in report order. Each says what {@link MapFinding#measure()} holds. Stable codes
 * (new ones are added at the end).
 */
public enum FindingType {
    /**
     * The polygon was invalid (self-intersection, ring self-intersection, too few points, unclosed ring, NaN
     * coordinate...) and was repaired (by linework, as PostGIS ST_MakeValid), or a reader mended a ring. Detail: the JTS
     * error or the reader's repair. Measure: the area after repair (m²); 0 when the repair left nothing.
     */
    INVALID_GEOMETRY,
    /**
     * Two parcels overlap by more than the tolerance. Measure: the area of the intersection (m²). Parcels that are
     * the same polygon to the centimetre (a stack, e.g. a feature exported many times) are one finding naming all of
     * them, the first first, measure the polygon's area, detail how many.
     */
    OVERLAP,
    /**
     * A narrow hole inside the coverage, between parcels (no wider than the gap width). Measure: its area (m²);
     * ids: the parcels around it.
     */
    GAP,
    /** A thin polygon. Measure: its mean width 2·area/perimeter (m); detail: area and compactness. */
    SLIVER,
    /** Several parcels carry the same sheet and plot number. Measure: how many; ids: all of them. */
    DUPLICATE_SHEET_PLOT,
    /** A parcel without sheet or plot number in a map where others have them. Measure: 0. */
    MISSING_SHEET_PLOT,
    /**
     * The computed area differs from the recorded one beyond tolerance. Measure: (computed − recorded) / recorded
     * in percent; detail: both areas.
     */
    AREA_MISMATCH,
    /**
     * Several parcels carry the same id. Measure: how many; ids: all of them (the same id repeated); detail: how
     * many of them are the same polygon as the first (a feature exported twice).
     */
    DUPLICATE_ID,
    /**
     * A parcel has no recorded area, or a recorded area of 0, in a map where others have one (French
     * {@code contenance}, Vietnamese {@code dien_tich}). Measure: 0.
     */
    RECORDED_AREA_MISSING,
    /**
     * A polygon without a usable id (absent, blank or a placeholder such as {@code "-"} or {@code "NO_ID"}); it is
     * checked, and compared between surveys, under its synthetic id {@code "#n"}. Measure: its area (m²).
     */
    MISSING_ID
}
