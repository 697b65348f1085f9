package org.parcelrecon.reconcile.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parcelrecon.reconcile.campaign.CampaignProfile.Placement;

class CampaignProfileTest {
    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
        // no finding, or only a text decoded from a legacy font: level 1
        "''                                  | LEVEL1",
        "LEGACY_ENCODING_FIXED               | LEVEL1",
        // a host's own code the profile does not name does not keep a parcel out
        "RESIDENTIAL_OVER_LIMIT              | LEVEL1",
        // land users only: Group 2
        "USER_NOT_FOUND                      | GROUP2",
        "OLD_ADMIN_CODE;USER_ID_OUTDATED     | GROUP2",
        // the parcel itself: Group 3, whatever else
        "USER_NOT_FOUND;AREA_MISMATCH        | GROUP3",
        "MAP_PARCEL_MISSING                  | GROUP3",
        // out of level 1, in no group
        "LAND_USE_MISMATCH                   | OTHER",
        // a pre-2025 commune code: the register must be updated before the parcel syncs
        "OLD_ADMIN_CODE;LEGACY_ENCODING_FIXED | OTHER",
    })
    void theDefaultProfilePlacesAParcelByItsReasonCodes(String codes, Placement expected) {
        List<String> list = codes.isEmpty() ? List.of() : List.of(codes.split(";"));
        assertThat(CampaignProfile.defaults().place(list)).isEqualTo(expected);
    }

    @Test
    void theDefaultProfileSaysWhatItAssumes() {
        CampaignProfile p = CampaignProfile.defaults();
        assertThat(p.name()).isEqualTo("default");
        assertThat(p.description()).contains("not an official definition");
    }

    @Test
    void aGroupCodeThatDoesNotKeepAParcelOutOfLevel1IsRefusedNamingSourceAndCode() {
        assertThatThrownBy(() -> CampaignProfile.parse(
                "{\"not_level1\": [\"AREA_MISMATCH\"], \"group2\": [\"USER_NOT_FOUND\"], \"group3\": []}", "p.json"))
                .isInstanceOf(IOException.class).hasMessageContaining("p.json").hasMessageContaining("USER_NOT_FOUND")
                .hasMessageContaining("not_level1");
    }

    @Test
    void anUnknownFieldAMissingListAndBadJsonAreRefusedNamingTheSource() {
        assertThatThrownBy(() -> CampaignProfile.parse("{\"not_level_1\": []}", "p.json"))
                .isInstanceOf(IOException.class).hasMessageContaining("p.json: unknown field \"not_level_1\"");
        assertThatThrownBy(() -> CampaignProfile.parse("{\"not_level1\": []}", "p.json"))
                .isInstanceOf(IOException.class).hasMessageContaining("\"group2\" must be a list");
        assertThatThrownBy(() -> CampaignProfile.parse("{\"not_level1\": [", "p.json"))
                .isInstanceOf(IOException.class).hasMessageContaining("p.json: invalid JSON");
        assertThatThrownBy(() -> CampaignProfile.parse(
                "{\"not_level1\": [\"area mismatch\"], \"group2\": [], \"group3\": []}", "p.json"))
                .isInstanceOf(IOException.class).hasMessageContaining("p.json: \"not_level1\"");
    }
}
