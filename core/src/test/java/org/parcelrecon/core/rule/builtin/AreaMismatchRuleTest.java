package org.parcelrecon.core.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parcelrecon.core.rule.builtin.RuleFixtures.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.EvidenceFixtures;
import org.parcelrecon.core.evidence.MapParcel;
import org.parcelrecon.core.evidence.RegisterRow;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.Rule;
import org.parcelrecon.core.rule.RuleConfigException;

class AreaMismatchRuleTest {
    private final Rule rule = RuleFixtures.rule("AREA_MISMATCH");

    private static Evidence areas(double registered, double... map) {
        Evidence.Builder b = Evidence.builder(EvidenceFixtures.KEY).addRow(EvidenceFixtures.row().registeredAreaM2(registered).build());
        for (int i = 0; i < map.length; i++) {
            b.addMapParcel(MapParcel.of("P-" + i, map[i], "12", "345"));
        }
        return b.build();
    }

    @ParameterizedTest(name = "registered {0}, map {1}: {2}")
    @CsvSource({
        // 100 m² is in the first band (10%): allowed 10, conflict beyond 20
        "100, 110,   NONE",
        "100, 90,    NONE",
        "100, 110.5, WARNING",
        "100, 120,   WARNING",
        "100, 120.5, CONTRADICTION",
        "100, 79,    CONTRADICTION",
        // small parcels: the 2 m² floor is wider than 10%
        "10, 11.5, NONE",
        "10, 12.5, WARNING",
        "10, 14.5, CONTRADICTION",
        // band edges: 300 is still 7% (21), 301 is 5% (15.05)
        "300, 320, NONE",
        "301, 320, WARNING",
        // the last band (2%) takes every larger parcel
        "10000, 10150, NONE",
        "10000, 10250, WARNING",
        "10000, 10450, CONTRADICTION",
        // a registered area of 0: only the floor applies
        "0, 1.5, NONE",
        "0, 5,   CONTRADICTION",
    })
    void allowedDifferenceDependsOnParcelSize(double registered, double map, String expected) {
        List<Finding> findings = rule.check(areas(registered, map));
        if (expected.equals("NONE")) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo(ReasonCode.AREA_MISMATCH);
                assertThat(f.severity()).isEqualTo(Severity.valueOf(expected));
            });
        }
    }

    @Test
    void messageGivesBothAreasTheDifferenceAndTheAllowance() {
        Finding f = only(rule, areas(120.0, 150.3));
        assertThat(f.severity()).isEqualTo(Severity.CONTRADICTION);
        assertThat(f.message()).isEqualTo(
                "Registered area (diện tích) 120.0 m² differs from the map area 150.3 m² by 25.3% (30.3 m²); allowed 8.4 m²");
        assertThat(f.evidence()).containsExactly(
                java.util.Map.entry("registeredAreaM2", "120.0"), java.util.Map.entry("mapAreaM2", "150.3"),
                java.util.Map.entry("differenceM2", "30.3"), java.util.Map.entry("differencePercent", "25.3"),
                java.util.Map.entry("allowedM2", "8.4"));
    }

    @Test
    void zeroRegisteredAreaHasNoPercentage() {
        Finding f = only(rule, areas(0, 5));
        assertThat(f.message()).isEqualTo("Registered area (diện tích) 0.0 m² differs from the map area 5.0 m² by 5.0 m²; allowed 2.0 m²");
        assertThat(f.evidence()).doesNotContainKey("differencePercent");
    }

    @Test
    void sumsTheMapParcelsUnderTheKey() {
        assertThat(rule.check(areas(120, 60, 61))).isEmpty();
        assertThat(only(rule, areas(120, 60, 90)).message()).contains("map area 150.0 m² (2 map parcels)");
    }

    @Test
    void usesTheFirstRowThatHasAnArea() {
        Evidence e = Evidence.builder(EvidenceFixtures.KEY)
                .addRow(RegisterRow.builder().build())
                .addRow(EvidenceFixtures.row().registeredAreaM2(150).build())
                .addMapParcel(MapParcel.of("P", 150, "12", "345"))
                .build();
        assertThat(rule.check(e)).isEmpty();
    }

    @Test
    void silentWhenEitherAreaIsUnknown() {
        assertThat(rule.check(Evidence.builder(EvidenceFixtures.KEY).addRow(RegisterRow.builder().build())
                .addMapParcel(EvidenceFixtures.mapParcel()).build())).isEmpty();
        assertThat(rule.check(Evidence.builder(EvidenceFixtures.KEY).addRow(EvidenceFixtures.row().build()).build())).isEmpty();
        assertThat(rule.check(Evidence.unregisteredParcel(EvidenceFixtures.KEY, EvidenceFixtures.mapParcel()))).isEmpty();
    }

    @Test
    void bandsFloorAndFactorAreConfigurable() {
        Rule strict = RuleFixtures.rule("AREA_MISMATCH",
                "{\"absoluteFloorM2\": 0.5, \"conflictFactor\": 1.0, \"bands\": [{\"maxAreaM2\": 50, \"allowedPercent\": 4}, {\"allowedPercent\": 1}]}");
        // 120 m² is in the second band: allowed 1.2, and with factor 1 anything beyond is a contradiction
        assertThat(strict.check(areas(120, 121))).isEmpty();
        assertThat(only(strict, areas(120, 121.5)).severity()).isEqualTo(Severity.CONTRADICTION);
        // only what is set changes: the floor alone
        Rule wideFloor = RuleFixtures.rule("AREA_MISMATCH", "{\"absoluteFloorM2\": 50}");
        assertThat(wideFloor.check(areas(120, 150.3))).isEmpty();
    }

    @Test
    void allowedDifferenceFollowsTheBands() {
        AreaMismatchRule r = (AreaMismatchRule) rule;
        assertThat(r.allowedM2(5)).isEqualTo(2.0);
        assertThat(r.allowedM2(100)).isEqualTo(10.0);
        assertThat(r.allowedM2(1000)).isEqualTo(50.0);
        assertThat(r.allowedM2(5000)).isEqualTo(150.0);
        assertThat(r.allowedM2(1e6)).isEqualTo(20000.0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"bands\": [{\"maxAreaM2\": 100, \"allowedPercent\": 5}]}                               | rules.AREA_MISMATCH.bands[0].maxAreaM2 | leave maxAreaM2 out",
        "{\"bands\": [{\"allowedPercent\": 5}, {\"allowedPercent\": 2}]}                          | rules.AREA_MISMATCH.bands[0].maxAreaM2 | required in every band but the last",
        "{\"bands\": [{\"maxAreaM2\": 100, \"allowedPercent\": 5}, {\"maxAreaM2\": 100, \"allowedPercent\": 4}, {\"allowedPercent\": 2}]} | rules.AREA_MISMATCH.bands[1].maxAreaM2 | must increase",
        "{\"bands\": [{\"allowedPercent\": -1}]}                                                   | rules.AREA_MISMATCH.bands[0].allowedPercent | at least 0",
        "{\"bands\": []}                                                                          | rules.AREA_MISMATCH.bands | at least one band",
        "{\"conflictFactor\": 0.5}                                                                | rules.AREA_MISMATCH.conflictFactor | at least 1",
        "{\"absoluteFloorM2\": -2}                                                                | rules.AREA_MISMATCH.absoluteFloorM2 | at least 0",
    })
    void rejectsUnusableSettingsNamingThePath(String section, String path, String problem) {
        assertThatThrownBy(() -> RuleFixtures.rule("AREA_MISMATCH", section))
                .isInstanceOfSatisfying(RuleConfigException.class, e -> {
                    assertThat(e.path()).isEqualTo(path);
                    assertThat(e.source()).isEqualTo("test.json");
                    assertThat(e.problem()).contains(problem);
                });
    }
}
