package org.parcelrecon.core.input;

import java.util.Objects;

/**
 * An input row or feature a reader could not turn into a result, with where it was and why: every reader of outside
 * input (register, population, link tables, truth files, maps) reports what it leaves out in this one form, so that
 * rows in = results + rejections can be counted, and {@code rejected.csv} has one layout.
 *
 * <p>The raw text, when kept, must already have its ID numbers masked
 * ({@link org.parcelrecon.core.citizen.CitizenIds#maskWithin}): a rejection is written to files and messages.
 * <pre>
 *   new RejectedRow("register.csv", 17, "no parcel key: no sheet number", "17,06652,,45,...")
 *   new RejectedRow("population.csv", 812, "the row has 9 fields; the header has 11")
 * </pre>
 *
 * @param source the file name (or the name the caller gave the stream)
 * @param line   the 1-based line the row starts on (for a map feature: where it starts, or its 1-based position
 *               when the format has no lines); 0 when the problem is the file itself
 * @param reason what is wrong, for a person; never blank
 * @param raw    the row as written, IDs masked; empty when not kept
 */
public record RejectedRow(String source, long line, String reason, String raw) {
    /**
     * Checks for nulls, a blank reason and a negative line.
     *
     * @param source the file name
     * @param line   the 1-based line the row starts on; 0 for the file itself
     * @param reason what is wrong, for a person
     * @param raw    the row as written, IDs masked; empty when not kept
     */
    public RejectedRow {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(raw, "raw");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a rejected row needs a reason");
        }
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 or more, got " + line);
        }
    }

    /**
     * A rejection that does not keep the row's text.
     *
     * @param source the file name
     * @param line   the 1-based line the row starts on; 0 for the file itself
     * @param reason what is wrong, for a person
     */
    public RejectedRow(String source, long line, String reason) {
        this(source, line, reason, "");
    }

    /** {@return {@code source:line} (just {@code source} for the file itself), for messages} */
    public String location() {
        return line > 0 ? source + ":" + line : source;
    }
}
