package org.parcelrecon.matching.vn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parcelrecon.core.admin.AdministrativeUnits;

class AdministrativeCommunesTest {
    private final CommuneCanonicalizer communes = AdministrativeCommunes.of(AdministrativeUnits.quangNinh());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // old Hà Tu (06664) and old Hà Phong (06652) are today's Hà Tu, code 06652: every way of writing them agrees
        "06664                       | 06652",
        "6664                        | 06652",
        "06652                       | 06652",
        "Phường Hà Tu                | 06652",
        "ha tu, TP Hạ Long           | 06652",
        "Phường Hà Phong             | 06652",
        // a code split in 2025 that is also a code today: read as today's code
        "06886                       | 06886",
        // a name in force today that was also an old commune split in 2025: read as today's commune, like its code
        "Xã Hải Lạng                 | 06886",
        "Xã Hải Hòa                  | 06799",
        "06799                       | 06799",
        // an old name split between two communes today: no single code, the spelling-only key
        "Phường Hà Khẩu              | name:ha khau",
        // an address: the part naming the commune, wherever it stands
        "'Số 41, Tổ 4, Khu 2, Phường Hà Tu, Tỉnh Quảng Ninh' | 06652",
        "'Thôn Nam, Xã Hải Hòa, Tỉnh Quảng Ninh'             | 06799",
        // not in the tables: the spelling-only key, marked so it never equals a code
        "Phường 5                    | name:5",
        "99999                       | 99999",
    })
    void writesEveryFormOfACommuneAsTodaysCode(String written, String key) {
        assertThat(communes.canonicalize(written)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({"Vân Đồn, Cái Rồng", "Đặc khu Vân Đồn, Thị trấn Cái Rồng"})
    void anOldUnitAndTheSpecialZoneThatAbsorbedItAreOneCommune(String today, String old) {
        assertThat(communes.canonicalize(old)).isEqualTo(communes.canonicalize(today)).isEqualTo("06994");
    }
}
