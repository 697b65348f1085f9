package com.example.landoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.MapParcel;
import org.parcelrecon.core.evidence.RecordKey;
import org.parcelrecon.core.evidence.RegisterRow;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.Rule;
import org.parcelrecon.core.rule.RuleConfig;

class LargeResidentialParcelRuleTest {
    private final Rule rule = new LargeResidentialParcelRule();

    static Evidence parcel(String landUseCode, double areaM2) {
        return Evidence.builder(RecordKey.of("06979", "12", "345"))
                .addRow(RegisterRow.builder().landUseCode(landUseCode).registeredAreaM2(areaM2).build())
                .addMapParcel(MapParcel.of("P-1", areaM2, "12", "345"))
                .build();
    }

    @ParameterizedTest
    @CsvSource({
        // residential, urban and rural, over the 400 m² default
        "ODT,   650,   true",
        "ONT,   400.5, true",
        "' ont', 500,  true",
        // at or under the limit
        "ODT,   400,   false",
        "ONT,   120,   false",
        // not residential land
        "CLN,   5000,  false",
        "LUC,   2000,  false",
    })
    void flagsLargeResidentialParcels(String code, double area, boolean fires) {
        assertThat(rule.check(parcel(code, area))).hasSize(fires ? 1 : 0);
    }

    @Test
    void findingAsksForReviewWithTheFigures() {
        Finding f = rule.check(parcel("ODT", 650)).get(0);
        assertThat(f.code().value()).isEqualTo("LARGE_RESIDENTIAL_PARCEL");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.message()).isEqualTo("Residential parcel (đất ở, ODT) of 650.0 m² is over the 400.0 m² this office reviews by hand");
        assertThat(f.evidence()).containsEntry("registeredAreaM2", "650.0").containsEntry("maxAreaM2", "400.0");
    }

    @Test
    void silentWhenAreaOrCodeIsUnknown() {
        Evidence noArea = Evidence.builder(RecordKey.of("06979", "12", "345"))
                .addRow(RegisterRow.builder().landUseCode("ODT").build()).build();
        assertThat(rule.check(noArea)).isEmpty();
    }

    @Test
    void limitIsConfigurable() {
        Rule strict = rule.configure(RuleConfig.parse("{\"rules\": {\"LARGE_RESIDENTIAL_PARCEL\": {\"maxAreaM2\": 200}}}", "office.json")
                .parameters("LARGE_RESIDENTIAL_PARCEL"));
        assertThat(strict.check(parcel("ODT", 250))).hasSize(1);
        assertThat(rule.check(parcel("ODT", 250))).isEmpty();
        assertThatThrownBy(() -> rule.configure(RuleConfig.parse("{\"rules\": {\"LARGE_RESIDENTIAL_PARCEL\": {\"maxAreaM2\": 0}}}",
                "office.json").parameters("LARGE_RESIDENTIAL_PARCEL")))
                .hasMessage("office.json: rules.LARGE_RESIDENTIAL_PARCEL.maxAreaM2: must be above 0; got 0.0");
    }
}
