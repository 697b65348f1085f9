package org.parcelrecon.matching.io;

import java.util.Objects;

/**
 * A CSV row a reader left out, with where it is and why. The row's text is not kept: it may hold citizen IDs, names
 * and birth dates, and a rejection is written to files and messages that are not personal-data safe.
 *
 * <p>Example: {@code RejectedRow[source=register.csv, line=812, reason=the row has 9 fields; the header has 11]}.
 *
 * @param source the file name (or the name the caller gave the stream)
 * @param line   1-based line where the row starts
 * @param reason what is wrong, for a person
 */
public record RejectedRow(String source, long line, String reason) {
    /**
     * Checks that source and reason are not null and that the line is 1 or more.
     *
     * @param source the file name (or the name the caller gave the stream)
     * @param line 1-based line where the row starts
     * @param reason what is wrong, for a person
     */
    public RejectedRow {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more, got " + line);
        }
    }

    /**
     * {@code source:line}, for messages.
     *
     * @return where the row was, for a person
     */
    public String location() {
        return source + ":" + line;
    }
}
