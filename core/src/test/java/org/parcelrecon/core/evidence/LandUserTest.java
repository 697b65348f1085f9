package org.parcelrecon.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LandUserTest {
    @Test
    void nameAloneLeavesTheRestUnknown() {
        LandUser u = LandUser.builder("Trần Thị Hồng").build();
        assertThat(u.birthYear()).isEmpty();
        assertThat(u.idNumber()).isEmpty();
        assertThat(u.link()).isEmpty();
    }

    @Test
    void keepsWhatWasWritten() {
        LandUser u = EvidenceFixtures.user().build();
        assertThat(u.birthYear()).hasValue(1962);
        assertThat(u.idNumber()).hasValue(EvidenceFixtures.CITIZEN_ID);
        assertThat(u.link()).isPresent();
    }

    @Test
    void rejectsBlankNameAndTwoDigitYear() {
        assertThatThrownBy(() -> LandUser.builder(" ").build()).hasMessageContaining("name");
        assertThatThrownBy(() -> LandUser.builder("An").birthYear(62).build()).hasMessageContaining("four-digit");
    }
}
