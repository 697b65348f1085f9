package org.parcelrecon.geometry.io;

import java.util.Objects;
import java.util.Optional;

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
     * {@code source:line} (or {@code source#index} without lines) for messages.
     *
     * @return where the feature was, for a person
     */
    public String location() {
        return line > 0 ? source + ":" + line : source + "#" + index;
    }
}
