package org.parcelrecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParcelReconTest {

    @ParameterizedTest
    @ValueSource(strings = {"demo", "normalize", "check-map", "compare-maps", "link", "evaluate", "generate"})
    void everyCommandPrintsItsUsageOnHelpAndSucceedsEvenWithRequiredOptionsMissing(String command) {
        CliRun run = CliRun.of(command, "--help");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Usage: parcelrecon " + command).contains("Exit codes:");
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"link", "generate"})
    void everyCommandPrintsTheVersion(String command) {
        CliRun run = CliRun.of(command, "--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("parcelrecon ");
    }

    @org.junit.jupiter.api.Test
    void noSubcommandIsAUsageError() {
        CliRun run = CliRun.of();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("parcelrecon help");
    }
}
