package org.parcelrecon.matching.vn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parcelrecon.core.text.TextEncoding;
import org.parcelrecon.core.text.VietnameseText;
import org.parcelrecon.matching.keys.KeyFunctions;

class AddressPlacesTest {
    @Test
    void readsTheVillageOrQuarterNearestTheCommuneAndEveryPlaceBelowIt() {
        String ward = "Số 41, Tổ 4, Khu 9, Phường Hà Tu, Tỉnh Quảng Ninh";
        assertThat(AddressPlaces.hamlet(ward)).isEqualTo("khu 9");
        assertThat(AddressPlaces.locality(ward)).isEqualTo("to 4 khu 9");
        assertThat(AddressPlaces.hamlet("Thôn Đồng Tâm, Xã Quảng La")).isEqualTo("thon dong tam");
        assertThat(AddressPlaces.locality("Thôn Đồng Tâm, Xã Quảng La")).isEqualTo("thon dong tam");
    }

    @Test
    void writesOneUnitWordOneWayAndDropsLeadingZeros() {
        assertThat(AddressPlaces.hamlet("Tổ dân phố 05, Phường Hà Tu")).isEqualTo("to 5");
        assertThat(AddressPlaces.hamlet("TDP 5, P. Hà Tu")).isEqualTo("to 5");
        assertThat(AddressPlaces.hamlet("Khu phố 3, Thị trấn Tiên Yên")).isEqualTo("khu 3");
        assertThat(AddressPlaces.hamlet("Xóm Bắc, xã Hải Hòa")).isEqualTo("thon bac");
        assertThat(AddressPlaces.hamlet("Ấp 2, Xã Tân An")).isEqualTo("thon 2");
    }

    @Test
    void readsLegacyEncodingsAsUnicode() {
        String tcvn3 = VietnameseText.encodeLegacy("Tổ 14, Khu 4, Phường An Sinh", TextEncoding.TCVN3);
        assertThat(AddressPlaces.locality(tcvn3)).isEqualTo("to 14 khu 4");
    }

    @Test
    void aFieldAStreetOrACommuneAloneNamesNoPlace() {
        assertThat(AddressPlaces.hamlet("Xứ đồng Bến Đò, Xã Vô Ngại")).isEmpty();
        assertThat(AddressPlaces.hamlet("Số 12, Đường Trần Phú, Phường Cẩm Thành")).isEmpty();
        assertThat(AddressPlaces.hamlet("Phường Hà Tu")).isEmpty();
        assertThat(AddressPlaces.hamlet("")).isEmpty();
        assertThat(AddressPlaces.hamlet("Tòa nhà A, Phường Hà Tu")).isEmpty();
    }

    @Test
    void isRegisteredAsKeyFunctions() {
        KeyFunctions keys = KeyFunctions.standard();
        assertThat(keys.resolve(VietnameseKeyFunctions.HAMLET).apply("Tổ 4, Khu 9, Phường Hà Tu")).isEqualTo("khu 9");
        assertThat(keys.resolve(VietnameseKeyFunctions.LOCALITY).apply("Tổ 4, Khu 9, Phường Hà Tu"))
                .isEqualTo("to 4 khu 9");
    }
}
