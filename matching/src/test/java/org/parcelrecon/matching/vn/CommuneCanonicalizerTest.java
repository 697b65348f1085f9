package org.parcelrecon.matching.vn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parcelrecon.matching.keys.KeyFunctions;

class CommuneCanonicalizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        // unit types and spellings
        "Xã Hải Hòa; hai hoa",
        "xa Hai Hoa; hai hoa",
        "Hải Hoà; hai hoa",
        "Thị trấn Tiên Yên; tien yen",
        "TT. Tiên Yên; tien yen",
        // the commune before the district
        "xã Hải Hòa, huyện Tiên Yên; hai hoa",
        // numbered wards
        "P.05; 5",
        "Phường 5; 5",
        "phường 10; 10",
        // nothing left
        "xã; ''",
    })
    void basicFoldsSpellingsOfOneName(String written, String key) {
        assertThat(CommuneCanonicalizer.basic().canonicalize(written)).isEqualTo(key);
    }

    @Test
    void isRegisteredAsAKeyFunctionThroughTheServiceLoader() {
        assertThat(KeyFunctions.standard().names()).contains(VietnameseKeyFunctions.COMMUNE);
        assertThat(KeyFunctions.standard().resolve("vn_commune").apply("Xã Hải Hòa")).isEqualTo("hai hoa");
        assertThat(KeyFunctions.builtIn().names()).doesNotContain(VietnameseKeyFunctions.COMMUNE);
    }
}
