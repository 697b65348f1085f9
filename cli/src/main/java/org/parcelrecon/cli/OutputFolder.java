package org.parcelrecon.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The folder or file an {@code --out} option names, checked before any work so a mistake costs nothing. */
final class OutputFolder {
    private OutputFolder() {
    }

    /**
     * The folder, created if absent.
     *
     * @throws IOException saying so in words when {@code out} is an existing file rather than a folder
     */
    static Path prepare(Path out) throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IOException("--out " + out + " is an existing file, not a folder: give a new or existing folder");
        }
        return Files.createDirectories(out);
    }

    /**
     * The output file, its folder created if absent.
     *
     * @throws IOException saying so in words when {@code out} is an existing folder
     */
    static Path file(Path out) throws IOException {
        if (Files.isDirectory(out)) {
            throw new IOException("--out " + out + " is a folder; give the file to write, e.g. "
                    + out.resolve("pairs.csv"));
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            prepare(parent);
        }
        return out;
    }
}
