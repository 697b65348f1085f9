package org.parcelrecon.geometry.io;

import java.util.Objects;
import java.util.Optional;
import org.parcelrecon.core.input.RejectedRow;

/**
 * A feature or row a reader could not turn into a {@link ParcelFeature}, with where it is and why.
 *
 * <p>Example: {@code RejectedFeature[source=map2014.geojson, index=812, line=815, id=Optional[238-80],
 * reason=EMPTY_GEOMETRY, message=the geometry is empty]}.
 *
 * @param source  the file name (or the name the caller gave the stream)
 * @param index   0-based position of the feature in the file; -1 when the problem is the file itself
 * @param line    1-based line where the feature starts, 0 when the format has no lines (GeoPackage)
 * @param id      the feature's id, when it has one
 * @param reason  the stable reason code
 * @param message what is wrong, for a person
 */
public record RejectedFeature(String source, int index, long line, Optional<String> id, RejectReason reason,
                              String message) {
    /**
     * Checks that no component is null.
     *
     * @param source the file name (or the name the caller gave the stream)
     * @param index 0-based position of the feature in the file; -1 when the problem is the file itself
     * @param line 1-based line where the feature starts, 0 when the format has no lines (GeoPackage)
     * @param id the feature's id, when it has one
     * @param reason the stable reason code
     * @param message what is wrong, for a person
     */
    public RejectedFeature {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    /**
     * This rejection in the form every reader shares: at its line (or its 1-based position when the format has no
     * lines), the reason code, the id and the message as the reason; no raw text.
     *
     * @return the rejection as a row of {@code rejected.csv}
     */
    public RejectedRow toRow() {
        return toRow(line > 0 ? line : index + 1L);
    }

    /**
     * {@link #toRow()} placed at another line, e.g. the feature's line in the whole file it was cut from.
     *
     * @param atLine the 1-based line to report (0: the file itself)
     * @return the rejection as a row of {@code rejected.csv}
     */
    public RejectedRow toRow(long atLine) {
        return new RejectedRow(source, Math.max(0, atLine), reason + id.map(i -> " (id " + i + ")").orElse("") + ": "
                + message);
    }

    /**
     * {@code source:line} (or {@code source#index} without lines) for messages.
     *
     * @return where the feature was, for a person
     */
    public String location() {
        return line > 0 ? source + ":" + line : source + "#" + index;
    }
}
