package org.parcelrecon.geometry;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the shared real-data folder ({@code shared/data}, see its SOURCES.md) for tests that use it: the system
 * property {@code parcelrecon.data}, else the environment variable {@code PARCELRECON_DATA}, else a
 * {@code shared/data} folder beside the repository or one of its ancestors ({@code ../shared/data} from the repo
 * root). Tests call {@link #require(String)}, which skips them with the reason when the file is absent (a user's
 * clone has no data folder).
 */
public final class TestData {
    private TestData() {
    }

    /** The data folder, when found. */
    public static Optional<Path> folder() {
        String configured = System.getProperty("parcelrecon.data", System.getenv("PARCELRECON_DATA"));
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate.resolve("parcels"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** A file under the data folder; skips the calling test, saying why, when it is absent. */
    public static Path require(String relative) {
        Optional<Path> folder = folder();
        assumeTrue(folder.isPresent(), "shared/data not found (set -Dparcelrecon.data=...): real-data test skipped");
        Path file = folder.get().resolve(relative);
        assumeTrue(Files.isRegularFile(file), file + " is absent: real-data test skipped");
        return file;
    }
}
