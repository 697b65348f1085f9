package org.parcelrecon.geometry.io;

/**
 * A structural defect a reader mended so that a polygon could be built at all; map QA reports each one.
 *
 * <p>JTS cannot hold a ring that is not closed or has fewer than 4 points, so these are fixed while reading
 * (everything else, such as self-intersections, is left for map QA to repair and report).
 */
public enum ReadRepair {
    /** A ring whose last point differed from its first: the first point was appended. */
    RING_CLOSED,
    /** A ring with fewer than 3 distinct points (cannot enclose area) was dropped; a polygon without shell too. */
    SHORT_RING_DROPPED
}
