package org.parcelrecon.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parcelrecon.reconcile.history.RunHistory;
import picocli.CommandLine.Option;

/** The {@code --history FILE} option of the commands that read a run history without writing one. */
final class HistoryOption {
    static final String DEFAULT = "reconcile-out/" + RunHistory.DEFAULT_FILE;

    @Option(names = "--history", paramLabel = "FILE", defaultValue = DEFAULT,
            description = "The run history that reconcile wrote (default: ${DEFAULT-VALUE}).")
    Path file;

    /**
     * Opens the history.
     *
     * @throws IOException saying where runs are recorded when the file does not exist (it is not created)
     */
    RunHistory open() throws IOException {
        if (!Files.exists(file)) {
            throw new IOException("no run history at " + file + ": parcelrecon reconcile records its runs in "
                    + RunHistory.DEFAULT_FILE + " in its --out folder; give that file with --history");
        }
        return RunHistory.open(file);
    }
}
