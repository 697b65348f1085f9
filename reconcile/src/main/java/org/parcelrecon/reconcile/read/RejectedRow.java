package org.parcelrecon.reconcile.read;

import java.util.Objects;

/**
 * An input row (or feature) that could not become part of a result, with where it was and why. The raw text has
 * its ID numbers masked ({@link org.parcelrecon.core.citizen.CitizenIds#maskWithin}).
 * <pre>
 *   new RejectedRow("register.csv", 17, "no parcel key: no sheet number", "17,06652,,45,...")
 * </pre>
 *
 * @param source the file name
 * @param line   the 1-based line the row starts on (for a map feature: its position, 1-based)
 * @param reason why, for a person
 * @param raw    the row as written, IDs masked; empty when not kept
 */
public record RejectedRow(String source, long line, String reason, String raw) {
    /**
     * Checks for nulls and blanks.
     *
     * @param source the file name
     * @param line the 1-based line the row starts on (for a map feature: its position, 1-based)
     * @param reason why, for a person
     * @param raw the row as written, IDs masked; empty when not kept
     */
    public RejectedRow {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(raw, "raw");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a rejected row needs a reason");
        }
    }
}
