package org.parcelrecon.geometry.crs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Vn2000ProvinceTest {

    @Test
    void listsTheSixtyThreeProvincesInCodeOrder() {
        assertThat(Vn2000Province.all()).hasSize(63);
        assertThat(Vn2000Province.all().get(0).name()).isEqualTo("Hà Nội");
        Set<String> codes = new TreeSet<>();
        Vn2000Province.all().forEach(p -> codes.add(p.gsoCode()));
        assertThat(codes).hasSize(63);
    }

    @ParameterizedTest(name = "{0} -> {1} at {2}")
    @CsvSource({
            // the table in DOMAIN.md section 3, one or two rows per meridian
            "quang-ninh, Quảng Ninh, 107.75",
            "Bà Rịa - Vũng Tàu, Bà Rịa - Vũng Tàu, 107.75",
            "lai chau, Lai Châu, 103",
            "son-la, Sơn La, 104",
            "ca-mau, Cà Mau, 104.5",
            "lao-cai, Lào Cai, 104.75",
            "thanh-hoa, Thanh Hóa, 105",
            "hai-duong, Hải Dương, 105.5",
            "hai-phong, Hải Phòng, 105.75",
            "Hòa Bình, Hoà Bình, 106",
            "quang-tri, Quảng Trị, 106.25",
            "thai-nguyen, Thái Nguyên, 106.5",
            "bac-giang, Bắc Giang, 107",
            "lang-son, Lạng Sơn, 107.25",
            "kon-tum, Kon Tum, 107.5",
            "quang-ngai, Quảng Ngãi, 108",
            "khanh-hoa, Khánh Hòa, 108.25",
            "dak-lak, Đắk Lắk, 108.5",
            // codes and aliases
            "22, Quảng Ninh, 107.75",
            "1, Hà Nội, 105",
            "Thành phố Hồ Chí Minh, Hồ Chí Minh, 105.75",
            "sai-gon, Hồ Chí Minh, 105.75",
            "thua-thien-hue, Huế, 107",
    })
    void findsProvinceByNameCodeOrAlias(String query, String name, double meridian) {
        assertThat(Vn2000Province.find(query)).hasValueSatisfying(p -> {
            assertThat(p.name()).isEqualTo(name);
            assertThat(p.centralMeridian()).isEqualTo(meridian);
        });
    }

    @Test
    void findsNothingForACity() {
        assertThat(Vn2000Province.find("Đà Lạt")).isEmpty();
        assertThat(Vn2000Province.find("")).isEmpty();
    }

    @Test
    void slugsWithoutDiacritics() {
        assertThat(Vn2000Province.find("22").orElseThrow().slug()).isEqualTo("quang-ninh");
        assertThat(Vn2000Province.find("77").orElseThrow().slug()).isEqualTo("ba-ria-vung-tau");
        assertThat(Vn2000Province.find("11").orElseThrow().slug()).isEqualTo("dien-bien");
    }
}
