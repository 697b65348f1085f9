package org.parcelrecon.matching.testdata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the project's shared benchmark data ({@code shared/data}): from the system property
 * {@code parcelrecon.shared.data}, else as {@code ../shared/data} relative to the repository root or any folder
 * above the working directory. A user's clone has no such folder: tests that need it are skipped, saying why.
 */
public final class SharedData {
    /** System property naming the {@code shared/data} folder explicitly. */
    public static final String PROPERTY = "parcelrecon.shared.data";

    private SharedData() {
    }

    /** The data folder, if present. */
    public static Optional<Path> folder() {
        String explicit = System.getProperty(PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            Path p = Path.of(explicit);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (Path candidate : new Path[] {dir.resolve("shared/data"), dir.resolve("../shared/data")}) {
                if (Files.isDirectory(candidate.resolve("linkage"))) {
                    return Optional.of(candidate.normalize());
                }
            }
        }
        return Optional.empty();
    }

    /** A file under {@code shared/data}, or the test is skipped (aborted) with the reason. */
    public static Path require(String relative) {
        Optional<Path> folder = folder();
        Assumptions.assumeTrue(folder.isPresent(), "shared/data is absent (a user's clone has none; set -D" + PROPERTY
                + "=/path/to/shared/data to run this test): skipping the test on " + relative);
        Path file = folder.get().resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), "shared/data has no " + relative + ": skipping");
        return file;
    }
}
