package org.parcelrecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
    @TempDir
    Path dir;

    @Test
    void previousResultsArePlainFilesRemovedWhileLinksAndOtherFilesStay() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("changes.csv"), "old run");
        Path elsewhere = Files.writeString(dir.resolve("kept.csv"), "target of a link");
        Files.createSymbolicLink(out.resolve("offsets.csv"), elsewhere);
        Path shared = Files.writeString(dir.resolve("shared.csv"), "a file with two names");
        Files.createLink(out.resolve("rejected_old.csv"), shared);
        Files.writeString(out.resolve("notes.txt"), "not a result");

        OutputFolder.await(OutputFolder.removePrevious(out, List.of("changes.csv", "offsets.csv",
                "rejected_old.csv", "rejected_new.csv")));

        assertThat(out.resolve("changes.csv")).doesNotExist();
        assertThat(out.resolve("offsets.csv")).isSymbolicLink();
        assertThat(elsewhere).hasContent("target of a link");
        assertThat(out.resolve("rejected_old.csv")).hasContent("a file with two names");
        assertThat(out.resolve("notes.txt")).hasContent("not a result");
    }

    @Test
    void aFolderWithoutPreviousResultsIsLeftAsItIs() throws Exception {
        Path out = Files.createDirectories(dir.resolve("empty"));
        OutputFolder.await(OutputFolder.removePrevious(out, CompareMapsCommand.RESULT_FILES));
        try (var files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }
}
