package org.parcelrecon.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parcelrecon.core.finding.IdDisclosure;
import org.parcelrecon.core.finding.Severity;

class RuleConfigTest {
    @Test
    void emptyConfigurationEnablesEverythingAndMasksIds() {
        RuleConfig c = RuleConfig.empty();
        assertThat(c.ruleIds()).isEmpty();
        assertThat(c.isEnabled("ANY_RULE")).isTrue();
        assertThat(c.severity("ANY_RULE")).isEmpty();
        assertThat(c.idDisclosure()).isEqualTo(IdDisclosure.MASKED);
    }

    @Test
    void readsSectionsInFileOrderWithReservedSettingsSeparated() {
        RuleConfig c = RuleConfig.parse("""
                {
                  // comments are allowed
                  "idDisclosure": "FULL",
                  "rules": {
                    "RENUMBERED": {"enabled": false},
                    "AREA_MISMATCH": {"severity": "WARNING", "absoluteFloorM2": 3.0}
                  }
                }""", "rules.json");
        assertThat(c.idDisclosure()).isEqualTo(IdDisclosure.FULL);
        assertThat(c.ruleIds()).containsExactly("RENUMBERED", "AREA_MISMATCH");
        assertThat(c.isEnabled("RENUMBERED")).isFalse();
        assertThat(c.isEnabled("AREA_MISMATCH")).isTrue();
        assertThat(c.severity("AREA_MISMATCH")).hasValue(Severity.WARNING);
        RuleParameters p = c.parameters("AREA_MISMATCH");
        assertThat(p.names()).containsExactly("absoluteFloorM2");
        assertThat(p.getDouble("absoluteFloorM2")).isEqualTo(3.0);
        assertThat(p.idDisclosure()).isEqualTo(IdDisclosure.FULL);
    }

    @Test
    void bytesThatAreNotUtf8TextAreARuleConfigExceptionNamingTheFile() throws IOException {
        // zero bytes made Jackson guess UTF-32 and fail with a CharConversionException naming no file (fuzzing)
        byte[] zeros = new byte[48];
        byte[] json = "}\"rules\": {".getBytes(StandardCharsets.UTF_8);
        byte[] input = java.util.Arrays.copyOf(zeros, zeros.length + json.length);
        System.arraycopy(json, 0, input, zeros.length, json.length);
        assertThatThrownBy(() -> RuleConfig.read(new java.io.ByteArrayInputStream(input), "rules.json"))
                .isInstanceOf(RuleConfigException.class).hasMessageContaining("rules.json");
        assertThatThrownBy(() -> RuleConfig.read(new java.io.ByteArrayInputStream(new byte[] {'{', (byte) 0xC3, '}'}),
                "rules.json")).isInstanceOf(RuleConfigException.class).hasMessageContaining("not UTF-8");
        assertThat(RuleConfig.read(new java.io.ByteArrayInputStream(
                "\uFEFF{\"rules\": {}}".getBytes(StandardCharsets.UTF_8)), "rules.json").ruleIds()).isEmpty();
    }

    @Test
    void loadsAFileAndNamesItInErrors(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("good.json");
        Files.writeString(good, "{\"rules\": {\"RENUMBERED\": {\"enabled\": false}}}", StandardCharsets.UTF_8);
        assertThat(RuleConfig.load(good).isEnabled("RENUMBERED")).isFalse();
        assertThat(RuleConfig.load(good).source()).isEqualTo(good.toString());

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"rules\": {\n    \"RENUMBERED\": {\"enabled\": false,}\n  }\n}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RuleConfig.load(bad))
                .isInstanceOf(RuleConfigException.class)
                .hasMessageStartingWith(bad + ": line 3, column ")
                .hasMessageContaining("invalid JSON");
    }

    @Test
    void missingFileIsAnIoError(@TempDir Path dir) {
        assertThatThrownBy(() -> RuleConfig.load(dir.resolve("absent.json"))).isInstanceOf(IOException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // not JSON, or not an object
        "''                                              | ''                        | empty",
        "[1, 2]                                          | ''                        | expected a JSON object",
        "{\"rules\": {}                                  | ''                        | invalid JSON",
        // unknown or misshapen top-level settings
        "{\"rule\": {}}                                  | rule                      | unknown setting",
        "{\"rules\": []}                                 | rules                     | expected an object of rule sections",
        "{\"idDisclosure\": \"HIDDEN\"}                  | idDisclosure              | expected one of \"MASKED\", \"FULL\"",
        // misshapen rule sections and reserved settings
        "{\"rules\": {\"RENUMBERED\": true}}             | rules.RENUMBERED          | expected an object",
        "{\"rules\": {\"RENUMBERED\": {\"enabled\": 0}}} | rules.RENUMBERED.enabled  | expected true or false, found 0",
        "{\"rules\": {\"RENUMBERED\": {\"severity\": \"HIGH\"}}} | rules.RENUMBERED.severity | found \"HIGH\"",
        // a name given twice
        "{\"rules\": {\"RENUMBERED\": {}, \"RENUMBERED\": {}}} | '' | Duplicate field 'RENUMBERED'",
    })
    void badContentIsNamedBySourcePathAndProblem(String json, String path, String problem) {
        assertThatThrownBy(() -> RuleConfig.parse(json, "cfg.json"))
                .isInstanceOfSatisfying(RuleConfigException.class, e -> {
                    assertThat(e.source()).isEqualTo("cfg.json");
                    assertThat(e.path()).isEqualTo(path);
                    assertThat(e.problem()).contains(problem);
                    assertThat(e.getMessage()).startsWith("cfg.json: " + (path.isEmpty() ? "" : path + ": "));
                });
    }

    @Test
    void parametersOfAnUnconfiguredRuleAreEmpty() {
        RuleParameters p = RuleConfig.parse("{\"rules\": {}}", "cfg.json").parameters("AREA_MISMATCH");
        assertThat(p.names()).isEmpty();
        assertThat(p.getDouble("absoluteFloorM2", 2.0)).isEqualTo(2.0);
    }

    @Test
    void withIdDisclosureReturnsANewConfiguration() {
        RuleConfig masked = RuleConfig.empty();
        RuleConfig full = masked.withIdDisclosure(IdDisclosure.FULL);
        assertThat(masked.idDisclosure()).isEqualTo(IdDisclosure.MASKED);
        assertThat(full.idDisclosure()).isEqualTo(IdDisclosure.FULL);
    }
}
