package org.parcelrecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exit codes as the README promises them: 2 only for a usage error; a missing or empty input file is 1 with one
 * error line naming the file (no usage dump); {@code --out} naming an existing file says so in words, before any work.
 */
class InputAndOutputErrorsTest {
    @TempDir
    Path dir;

    /** The command's arguments with every input file {@code input} and its output under {@code out}. */
    private static String[] args(String command, Path input, Path out) {
        List<String> a = new ArrayList<>(List.of(command));
        switch (command) {
            case "check-map" -> a.addAll(List.of(input.toString(), "--out", out.toString()));
            case "compare-maps" -> a.addAll(List.of("--old", input.toString(), "--new", input.toString(), "--out",
                    out.toString()));
            case "reconcile" -> a.addAll(List.of("--register", input.toString(), "--out", out.toString()));
            case "evaluate" -> a.addAll(List.of("--truth", input.toString(), "--pairs", input.toString()));
            case "link" -> a.addAll(List.of("--left", input.toString(), "--right", input.toString(), "--preset",
                    "vn-person", "--out", out.resolve("pairs.csv").toString()));
            default -> throw new IllegalArgumentException(command);
        }
        return a.toArray(String[]::new);
    }

    private static String input(String command) {
        return command.endsWith("map") || command.equals("compare-maps") ? "parcels.geojson" : "table.csv";
    }

    @ParameterizedTest
    @ValueSource(strings = {"check-map", "compare-maps", "reconcile", "evaluate", "link"})
    void aMissingInputFileIsExitOneWithOneLineNamingIt(String command) {
        Path missing = dir.resolve("no-such-" + input(command));
        CliRun run = CliRun.of(args(command, missing, dir.resolve("out")));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err().lines()).as(run.err()).singleElement().asString()
                .startsWith("parcelrecon: ").contains("no-such-" + input(command)).doesNotContain("Usage");
    }

    @ParameterizedTest
    @ValueSource(strings = {"check-map", "compare-maps", "reconcile", "evaluate", "link"})
    void anEmptyInputFileIsExitOneWithOneLineNamingIt(String command) throws IOException {
        Path empty = Files.createFile(dir.resolve("empty-" + input(command)));
        CliRun run = CliRun.of(args(command, empty, dir.resolve("out")));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        // a progress line may come first (link reports what it read); the error is one line
        assertThat(run.err()).doesNotContain("Usage");
        assertThat(run.err().lines().filter(l -> l.startsWith("parcelrecon: "))).as(run.err()).singleElement()
                .asString().contains("empty-" + input(command));
    }

    @ParameterizedTest
    @ValueSource(strings = {"check-map", "compare-maps", "reconcile"})
    void outNamingAnExistingFileSaysSoInWords(String command) throws IOException {
        Path taken = Files.writeString(dir.resolve("taken"), "x");
        Path input = Files.writeString(dir.resolve(input(command)), "x");
        CliRun run = CliRun.of(args(command, input, taken));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("--out " + taken + " is an existing file, not a folder");
        assertThat(Files.readString(taken)).isEqualTo("x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"check-map", "compare-maps", "reconcile", "evaluate", "link"})
    void anUnknownOptionIsAUsageErrorExitTwo(String command) {
        List<String> a = new ArrayList<>(List.of(args(command, dir.resolve("x.csv"), dir.resolve("out"))));
        a.add("--no-such-option");
        assertThat(CliRun.of(a.toArray(String[]::new)).exitCode()).isEqualTo(2);
    }
}
