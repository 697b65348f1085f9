package org.parcelrecon.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CitizenTest {
    @Test
    void birthYearMayBeUnknown() {
        assertThat(Citizen.of("100123456", "CMND", "Trần Thị Hồng").birthYear()).isEmpty();
        assertThat(Citizen.of("022062001234", "CCCD", "Nguyễn Văn An", 1962).birthYear()).hasValue(1962);
    }

    @Test
    void rejectsBlankIdKindOrName() {
        assertThatThrownBy(() -> Citizen.of("022062001234", "", "An")).hasMessageContaining("idKind");
        assertThatThrownBy(() -> Citizen.of("022062001234", "CCCD", " ")).hasMessageContaining("name");
    }
}
