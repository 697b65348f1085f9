package com.example.hostapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.parcelrecon.core.evidence.ChangeClass;
import org.parcelrecon.core.evidence.Citizen;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.LandUser;
import org.parcelrecon.core.evidence.MapParcel;
import org.parcelrecon.core.evidence.RecordKey;
import org.parcelrecon.core.evidence.RegisterRow;
import org.parcelrecon.core.evidence.UserLink;
import org.parcelrecon.core.name.PersonName;
import org.parcelrecon.core.name.PersonNames;
import org.parcelrecon.core.rule.RuleSet;
import org.parcelrecon.core.rule.builtin.BuiltInRules;
import org.parcelrecon.core.score.RecordScorer;
import org.parcelrecon.core.score.ScoreModel;
import org.parcelrecon.core.score.ScoredRecord;
import org.parcelrecon.core.score.Status;
import org.parcelrecon.core.text.VietnameseText;
import org.parcelrecon.geometry.compare.CompareOptions;
import org.parcelrecon.geometry.compare.ComparisonResult;
import org.parcelrecon.geometry.compare.MapComparison;
import org.parcelrecon.geometry.io.ParcelFeature;
import org.parcelrecon.matching.Linker;
import org.parcelrecon.matching.ScoredPair;
import org.parcelrecon.matching.Table;
import org.parcelrecon.matching.vn.VietnamesePersonPreset;

/**
 * What a host system does with parcelrecon, through the public API of the published jars only (this module's
 * pom has nothing else): one test per entry point.
 */
class HostAppTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    @Test
    void aNameTypedInTcvn3IsNormalisedAndFolded() {
        PersonName name = PersonNames.parseOne("NguyÔn V¨n An").orElseThrow();
        assertThat(name.fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(VietnameseText.fold("Nguyễn Văn An")).isEqualTo("nguyen van an");
    }

    @Test
    void aLandUserIsLinkedToTheCitizenWithTheVietnamesePreset() {
        Table landUsers = Table.builder("id", "full_name", "birth", "citizen_id", "commune")
                .addRow("row 7", "NGUYEN VAN AN", "1962", "022062001234", "Phường Hà Tu").build();
        Table citizens = Table.builder("id", "full_name", "birth", "citizen_id", "commune")
                .addRow("C1", "Nguyễn Văn An", "1962-03-04", "022062001234", "Phường Hà Tu")
                .addRow("C2", "Nguyễn Văn An", "1962-07-01", "022062009999", "Phường Hà Tu")
                .addRow("C3", "Trần Thị Hồng", "1970-01-01", "022170004321", "Phường Hà Tu")
                .build();
        Linker linker = Linker.link(VietnamesePersonPreset.linkModel(VietnamesePersonPreset.Columns.defaults())
                .withProbabilityTwoRandomRecordsMatch(1.0 / 3), landUsers, citizens);
        List<ScoredPair> links = linker.withOneMatchPerLeft().pairs(0.5);
        assertThat(links).extracting(ScoredPair::rightId).containsExactly("C1");
    }

    @Test
    void twoSmallMapsAreCompared() {
        // three 20 x 30 m lots; in the new survey lot 3 is split in two and the others stay
        double x = 500_000;
        double y = 2_300_000;
        List<ParcelFeature> oldMap = List.of(
                ParcelFeature.of("1", box(x, y, x + 20, y + 30)),
                ParcelFeature.of("2", box(x + 20, y, x + 40, y + 30)),
                ParcelFeature.of("3", box(x + 40, y, x + 60, y + 30)));
        List<ParcelFeature> newMap = List.of(
                ParcelFeature.of("1", box(x, y, x + 20, y + 30)),
                ParcelFeature.of("2", box(x + 20, y, x + 40, y + 30)),
                ParcelFeature.of("3a", box(x + 40, y, x + 60, y + 15)),
                ParcelFeature.of("3b", box(x + 40, y + 15, x + 60, y + 30)));
        ComparisonResult result = MapComparison.compare(oldMap, newMap, CompareOptions.DEFAULTS);
        assertThat(result.counts()).containsEntry(ChangeClass.UNCHANGED, 2).containsEntry(ChangeClass.SPLIT, 1);
    }

    @Test
    void aRecordIsScoredWithTheHostsOwnRuleBesideTheBuiltInOnes() {
        RuleSet rules = RuleSet.builder().add(BuiltInRules.all()).add(new SmallRicePlotRule()).build();
        Citizen an = Citizen.of("022062001234", "CCCD", "Nguyễn Văn An", 1962);
        LandUser user = LandUser.builder("Nguyễn Văn An").birthYear(1962)
                .link(UserLink.builder(an, 0.97).build()).build();
        Evidence smallRicePlot = Evidence.builder(RecordKey.of("06979", "12", "345"))
                .addRow(RegisterRow.builder().landUseCode("LUC").registeredAreaM2(60).addLandUser(user).build())
                .addMapParcel(MapParcel.of("P-1", 60.2, "12", "345"))
                .build();
        ScoredRecord scored = RecordScorer.of(rules, ScoreModel.standard()).score(smallRicePlot);
        assertThat(scored.findings()).extracting(f -> f.code().value()).containsExactly("SMALL_RICE_PLOT");
        assertThat(scored.status()).isEqualTo(Status.REVIEW);
    }

    private static Geometry box(double x0, double y0, double x1, double y1) {
        Polygon p = GEOMETRY.createPolygon(new Coordinate[] {
            new Coordinate(x0, y0), new Coordinate(x1, y0), new Coordinate(x1, y1), new Coordinate(x0, y1),
            new Coordinate(x0, y0)});
        return p;
    }
}
