package org.parcelrecon.geometry.io;

import java.io.IOException;
import java.util.Objects;

/**
 * A map file that is broken as a file, not feature by feature: malformed JSON, an unclosed quote in a CSV, an
 * empty file, a file that is not a GeoJSON FeatureCollection, a CSV without a WKT column. The readers throw it
 * rather than return the features before the break, because a map cut short looks like a map whose later parcels
 * were removed: a comparison would report thousands of false REMOVED parcels and succeed.
 *
 * <p>The message names the place and the fix, e.g. {@code map2014.geojson:1503:14: malformed JSON (Invalid numeric
 * value: Leading zeroes not allowed) after 499 features; the map was not used: repair the file at that place and
 * run again}.
 *
 * @see ParcelFiles
 */
public final class MalformedMapException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The file or stream that is damaged. */
    private final String source;
    /** The 1-based line of the damage, 0 when unknown. */
    private final long line;
    /** The 1-based column of the damage, 0 when unknown. */
    private final long column;
    /** What is wrong there. */
    private final String reason;

    /**
     * @param source the file name
     * @param line   1-based line of the damage, 0 when unknown
     * @param column 1-based column of the damage, 0 when unknown
     * @param reason what is wrong there, for a person
     */
    public MalformedMapException(String source, long line, long column, String reason) {
        super(location(Objects.requireNonNull(source, "source"), line, column) + ": "
                + Objects.requireNonNull(reason, "reason"));
        this.source = source;
        this.line = Math.max(line, 0);
        this.column = Math.max(column, 0);
        this.reason = reason;
    }

    private static String location(String source, long line, long column) {
        if (line <= 0) {
            return source;
        }
        return column <= 0 ? source + ":" + line : source + ":" + line + ":" + column;
    }

    /** {@return the file name the reader was given} */
    public String source() {
        return source;
    }

    /**
     * 1-based line of the damage, 0 when unknown.
     *
     * @return the line number
     */
    public long line() {
        return line;
    }

    /**
     * 1-based column of the damage, 0 when unknown.
     *
     * @return the column number
     */
    public long column() {
        return column;
    }

    /** {@return what is wrong, without the place} */
    public String reason() {
        return reason;
    }
}
