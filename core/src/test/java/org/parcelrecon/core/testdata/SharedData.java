package org.parcelrecon.core.testdata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the project's shared real data ({@code shared/data}, described by its {@code SOURCES.md}) for tests: the
 * system property {@code parcelrecon.shared.data}, else the environment variable {@code PARCELRECON_DATA}, else a
 * {@code shared/data} folder in, or beside, the working directory or one of its ancestors (so both
 * {@code ../shared/data} from the repository root and from a module are found). A user's clone has no such folder:
 * tests that need it call {@link #require(String)} and are skipped, saying why.
 *
 * <p>The one such helper of the project. It lives in core's test jar ({@code parcelrecon-core}, type
 * {@code test-jar}), which every module's tests can depend on without a cycle.
 */
public final class SharedData {
    /** System property naming the {@code shared/data} folder explicitly. */
    public static final String PROPERTY = "parcelrecon.shared.data";
    /** Environment variable naming it, when the property is not set. */
    public static final String ENVIRONMENT = "PARCELRECON_DATA";

    private SharedData() {
    }

    /** The data folder, if present. */
    public static Optional<Path> folder() {
        String explicit = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
        if (explicit != null && !explicit.isBlank()) {
            Path p = Path.of(explicit);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (Path candidate : new Path[] {dir.resolve("shared/data"), dir.resolve("../shared/data")}) {
                if (Files.isRegularFile(candidate.resolve("SOURCES.md"))) {
                    return Optional.of(candidate.normalize());
                }
            }
        }
        return Optional.empty();
    }

    /** A file under {@code shared/data}, or the calling test is skipped (aborted) with the reason. */
    public static Path require(String relative) {
        Optional<Path> folder = folder();
        Assumptions.assumeTrue(folder.isPresent(), "shared/data is absent (a user's clone has none; set -D" + PROPERTY
                + "=/path/to/shared/data to run this test): skipping the test on " + relative);
        Path file = folder.get().resolve(relative);
        Assumptions.assumeTrue(Files.exists(file), "shared/data has no " + relative + ": skipping");
        return file;
    }
}
