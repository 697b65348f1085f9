package org.parcelrecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
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

    @org.junit.jupiter.api.Test
    void eachSubcommandIsListedUnderTheNameItsCommandAnnotationGives() {
        for (ParcelRecon.Subcommand s : ParcelRecon.SUBCOMMANDS) {
            assertThat(s.type().getAnnotation(CommandLine.Command.class).name()).isEqualTo(s.name());
        }
        assertThat(ParcelRecon.commandLine().getSubcommands().keySet())
                .containsExactlyElementsOf(ParcelRecon.SUBCOMMANDS.stream().map(ParcelRecon.Subcommand::name).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "--version", "--old", "--bogus x", "help"})
    void aTreeOfTheNamedSubcommandAlonePrintsWhatTheWholeTreePrints(String rest) {
        for (ParcelRecon.Subcommand s : ParcelRecon.SUBCOMMANDS) {
            String[] args = (s.name() + " " + rest).trim().split(" ");
            CommandLine lean = ParcelRecon.commandLine(args);
            if (!s.name().equals("help")) {
                assertThat(lean.getSubcommands()).containsOnlyKeys(s.name());
            }
            assertThat(run(lean, args)).as(String.join(" ", args)).isEqualTo(run(ParcelRecon.commandLine(), args));
        }
    }

    /** Exit code, standard output and standard error of a run that stops at its arguments. */
    private static String run(CommandLine cl, String[] args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return code + "\n" + out + "\n" + err;
    }
}
