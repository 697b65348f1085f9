package org.parcelrecon.core.citizen;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BirthProvinceTest {
    @Test
    void acceptsAPrefixThatIsZeroPlusTheGsoCode() {
        BirthProvince p = new BirthProvince("022", "22", "Quảng Ninh", "Tỉnh Quảng Ninh", "22", "Quảng Ninh");
        assertThat(p.cccdPrefix()).isEqualTo("022");
    }

    @Test
    void rejectsMalformedCodesNamingThem() {
        assertThatThrownBy(() -> new BirthProvince("22", "22", "a", "b", "22", "c"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"22\"");
        assertThatThrownBy(() -> new BirthProvince("022", "23", "a", "b", "22", "c"))
                .hasMessageContaining("\"022\" and \"23\"");
        assertThatThrownBy(() -> new BirthProvince("022", "22", "a", "b", "022", "c"))
                .hasMessageContaining("successorCode");
        assertThatThrownBy(() -> new BirthProvince("022", "22", null, "b", "22", "c"))
                .isInstanceOf(NullPointerException.class).hasMessage("name");
    }
}
