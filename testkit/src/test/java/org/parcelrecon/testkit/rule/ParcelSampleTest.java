package org.parcelrecon.testkit.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parcelrecon.testkit.rule.EvidenceSamples.cleanParcel;

import org.junit.jupiter.api.Test;
import org.parcelrecon.core.evidence.ChangeClass;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.LandUser;
import org.parcelrecon.core.evidence.MapParcel;
import org.parcelrecon.core.text.TextEncoding;

class ParcelSampleTest {
    @Test
    void cleanParcelIsAnUrbanHouseLotWithOneLinkedUser() {
        Evidence e = cleanParcel().toEvidence();
        assertThat(e.key().toString()).isEqualTo("06652/12/345");
        assertThat(e.rows()).hasSize(1);
        assertThat(e.rows().get(0).registeredAreaM2()).hasValue(120.0);
        assertThat(e.rows().get(0).landUseCode()).contains("ODT");
        assertThat(e.mapParcels()).extracting(MapParcel::areaM2).containsExactly(120.3);
        LandUser user = e.rows().get(0).landUsers().get(0);
        assertThat(user.name()).isEqualTo("Nguyễn Văn An");
        assertThat(user.link().orElseThrow().citizen().idNumber()).isEqualTo("022062001234");
        assertThat(e.change().orElseThrow().changeClass()).isEqualTo(ChangeClass.UNCHANGED);
    }

    @Test
    void eachChangeReturnsANewSampleAndLeavesTheOldOneAlone() {
        ParcelSample clean = cleanParcel();
        ParcelSample big = clean.withArea(650);
        assertThat(big.toEvidence().rows().get(0).registeredAreaM2()).hasValue(650.0);
        assertThat(big.toEvidence().mapParcels().get(0).areaM2()).isEqualTo(651.6);
        assertThat(clean.toEvidence()).isEqualTo(cleanParcel().toEvidence());
    }

    @Test
    void describesEveryPartOfTheEvidence() {
        Evidence e = cleanParcel()
                .withKey("4", "88")
                .withCommuneCodeAsWritten("06664")
                .withLandUseCode("LUN")
                .withCertificateSerial("BĐ 123456")
                .withFirstUser(u -> u.withName("NGUYEN VAN AN").withBirthYear(1963).withIdNumber("2.2062001234E+10"))
                .withCoOwner(UserSample.unlinked("Trần Thị Hồng"))
                .withLegacyUserName(TextEncoding.TCVN3)
                .withSecondRow(r -> r.registeredAreaM2(60))
                .withChange(ChangeClass.SPLIT)
                .renumbered()
                .toEvidence();
        assertThat(e.key().communeCodeAsWritten()).isEqualTo("06664");
        assertThat(e.key().communeCode()).isEqualTo("06652");
        assertThat(e.rows()).hasSize(2);
        assertThat(e.rows().get(1).registeredAreaM2()).hasValue(60.0);
        assertThat(e.rows().get(0).landUsers()).extracting(LandUser::name).containsExactly("NGUYEN VAN AN", "Trần Thị Hồng");
        assertThat(e.rows().get(0).landUsers().get(0).link().orElseThrow().citizen().name()).isEqualTo("Nguyễn Văn An");
        assertThat(e.rows().get(0).landUsers().get(1).link()).isEmpty();
        assertThat(e.rows().get(0).decodedTexts().get(0).asWritten()).isEqualTo("NGUYEN VAN AN");
        assertThat(e.change().orElseThrow().changeClass()).isEqualTo(ChangeClass.SPLIT);
        assertThat(e.change().orElseThrow().renumbered()).isTrue();
        assertThat(e.mapParcels().get(0).plot()).isEqualTo("88");
    }

    @Test
    void legacyNameShowsHowTheFontWroteIt() {
        Evidence e = cleanParcel().withLegacyUserName(TextEncoding.TCVN3).toEvidence();
        assertThat(e.rows().get(0).decodedTexts().get(0).asWritten()).isEqualTo("NguyÔn V¨n An");
    }

    @Test
    void mapSideCanBeMissingSplitOrAlone() {
        assertThat(cleanParcel().withoutMapParcel().toEvidence().mapParcels()).isEmpty();
        assertThat(cleanParcel().withoutMapParcel().toEvidence().change()).isEmpty();
        Evidence alone = cleanParcel().unregistered().toEvidence();
        assertThat(alone.isRegistered()).isFalse();
        assertThat(alone.mapParcels()).hasSize(1);
        assertThat(cleanParcel().withMapParcels(MapParcel.of("A", 60, "12", "400"), MapParcel.of("B", 61, "12", "401"))
                .toEvidence().mapParcels()).hasSize(2);
        assertThat(cleanParcel().withInvalidMapPolygon("self-intersecting ring").toEvidence().mapParcels().get(0).isValid())
                .isFalse();
        assertThatThrownBy(() -> cleanParcel().unregistered().withoutMapParcel().toEvidence())
                .hasMessageContaining("neither a register row nor a map parcel");
    }

    @Test
    void userChangesNeedAUser() {
        assertThatThrownBy(() -> cleanParcel().withoutLandUsers().withFirstUser(u -> u))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no land user");
        assertThatThrownBy(() -> UserSample.unlinked("A").withMatchProbability(0.5))
                .hasMessageContaining("not linked");
    }
}
