package org.parcelrecon.core.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelrecon.core.rule.builtin.RuleFixtures.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.EvidenceFixtures;
import org.parcelrecon.core.evidence.MapParcel;
import org.parcelrecon.core.evidence.RecordKey;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.Rule;

class MapGeometryInvalidRuleTest {
    private final Rule rule = RuleFixtures.rule("MAP_GEOMETRY_INVALID");

    private static Evidence on(MapParcel parcel) {
        return Evidence.builder(new RecordKey("06652", "06652", "12", "345"))
                .addRow(EvidenceFixtures.rowWithUser().build()).addMapParcel(parcel).build();
    }

    @Test
    void aMapParcelWithAProblemIsAWarningNamingTheParcelAndTheProblem() {
        Finding f = only(rule, on(new MapParcel("QN-12-345", 150.0, "12", "345",
                List.of("Self-intersection at (5.0 5.0)"))));
        assertThat(f.code()).isEqualTo(ReasonCode.MAP_GEOMETRY_INVALID);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.message()).contains("QN-12-345").contains("Self-intersection at (5.0 5.0)");
        assertThat(f.evidence()).containsEntry("mapParcelId", "QN-12-345");
    }

    @Test
    void aValidMapParcelOrNoMapParcelReportsNothing() {
        assertThat(rule.check(on(MapParcel.of("QN-12-345", 150.0, "12", "345")))).isEmpty();
        assertThat(rule.check(Evidence.builder(new RecordKey("06652", "06652", "12", "345"))
                .addRow(EvidenceFixtures.rowWithUser().build()).build())).isEmpty();
    }
}
