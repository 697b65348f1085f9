package org.parcelrecon.core.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parcelrecon.core.evidence.EvidenceFixtures;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.rule.Rule;
import org.parcelrecon.core.rule.RuleConfig;
import org.parcelrecon.core.rule.RuleSet;

class BuiltInRulesTest {
    private static final Path SOURCE = Path.of("src/main/java/org/parcelrecon/core/rule/builtin/BuiltInRules.java");

    private static JsonNode defaultsJson() throws IOException {
        try (InputStream in = BuiltInRules.class.getResourceAsStream("defaults.json")) {
            return JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build().readTree(in);
        }
    }

    @Test
    void runInTheDocumentedOrder() {
        assertThat(BuiltInRules.ids()).containsExactly("MAP_PARCEL_MISSING", "REGISTER_ROW_MISSING", "DUPLICATE_KEY", "DUPLICATE_ROW", "CELL_UNREADABLE",
                "OLD_ADMIN_CODE", "LAND_USE_MISMATCH", "CERTIFICATE_SERIAL_INVALID", "MAP_GEOMETRY_INVALID",
                "AREA_MISMATCH", "PARCEL_CHANGED_SINCE_SURVEY", "RENUMBERED", "USER_NOT_FOUND", "USER_AMBIGUOUS",
                "USER_NAME_MISMATCH", "USER_BIRTH_YEAR_MISMATCH", "USER_ID_INVALID", "USER_ID_OUTDATED", "LEGACY_ENCODING_FIXED");
    }

    @Test
    void eachIdIsTheReasonCodeConstantOfItsFindings() throws IllegalAccessException {
        List<String> constants = new ArrayList<>();
        for (Field f : ReasonCode.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == ReasonCode.class) {
                constants.add(((ReasonCode) f.get(null)).value());
            }
        }
        assertThat(constants).containsExactlyInAnyOrderElementsOf(BuiltInRules.ids());
        for (Rule r : BuiltInRules.all()) {
            assertThat(r.description()).as(r.id()).isNotBlank().endsWith(".");
        }
    }

    @Test
    void aCleanRecordSatisfiesEveryRule() {
        for (Rule r : BuiltInRules.all()) {
            assertThat(r.check(EvidenceFixtures.clean())).as(r.id()).isEmpty();
        }
    }

    @Test
    void bundledDefaultsHaveASectionForEveryRuleAndNothingElse() throws IOException {
        List<String> sections = new ArrayList<>();
        defaultsJson().get("rules").fieldNames().forEachRemaining(sections::add);
        assertThat(sections).containsExactlyElementsOf(BuiltInRules.ids());
    }

    @Test
    void bundledDefaultsAsAUserConfigurationAreAllKnownAndChangeNothing() {
        RuleSet withDefaults = RuleSet.builder().add(BuiltInRules.all()).config(BuiltInRules.defaultConfig()).build();
        RuleSet withNothing = RuleSet.builder().add(BuiltInRules.all()).config(RuleConfig.empty()).build();
        var e = EvidenceFixtures.evidence()
                .addRow(EvidenceFixtures.row().registeredAreaM2(140).certificateSerial("CN 1").build())
                .build();
        assertThat(withDefaults.check(e)).isNotEmpty().containsExactlyElementsOf(withNothing.check(e));
    }

    @Test
    void javadocTableListsEveryParameterWithItsDefault() throws IOException {
        assumeTrue(Files.exists(SOURCE), "source of BuiltInRules not found from " + Path.of("").toAbsolutePath());
        String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
        for (Map.Entry<String, JsonNode> rule : defaultsJson().get("rules").properties()) {
            String id = rule.getKey();
            int start = source.indexOf("<tr><td>" + id + "</td>");
            assertThat(start).as("table row for " + id).isPositive();
            int end = source.indexOf("<tr>", start + 4);
            String row = source.substring(start, end < 0 ? source.indexOf("</table>") : end);
            if (rule.getValue().isEmpty()) {
                assertThat(row).as(id).contains("<td>-</td><td>-</td>");
            }
            for (Map.Entry<String, JsonNode> parameter : rule.getValue().properties()) {
                assertThat(row).as(id).contains(parameter.getKey());
                JsonNode value = parameter.getValue();
                if (value.isValueNode()) {
                    assertThat(row).as(id + "." + parameter.getKey()).contains(value.asText());
                } else if (value.isObject()) {
                    value.properties().forEach(e -> assertThat(row).as(id).contains(e.getKey() + ": " + e.getValue().asText()));
                } else {
                    for (JsonNode band : value) {
                        String max = band.has("maxAreaM2") ? band.get("maxAreaM2").asText() : "larger";
                        assertThat(row).as(id).contains(max + ": " + band.get("allowedPercent").asText());
                    }
                }
            }
        }
    }
}
