package org.parcelrecon.matching;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that is not a {@link LinkingIndex} this build can read: another kind of file, an index written by another
 * format version, one cut short or damaged (its checksum disagrees), or one whose contents contradict its model.
 * The message names the file and what is wrong; {@link #file()} keeps the file.
 */
public final class IndexFileException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    IndexFileException(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
    }

    /** {@return the file that could not be read} */
    public Path file() {
        return file;
    }
}
