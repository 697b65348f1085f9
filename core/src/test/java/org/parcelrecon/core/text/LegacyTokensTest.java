package org.parcelrecon.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegacyTokensTest {
    private static String tokens(String s) {
        int[] spans = EncodingDetector.tokens(s);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < spans.length; i += 2) {
            out.add(s.substring(spans[i], spans[i + 1]));
        }
        return String.join("|", out);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        // TCVN3 symbols are letters; digits, spaces and ASCII punctuation separate
        "NguyÔn V¨n An, sè 12;  NguyÔn|V¨n|An|sè",
        "§Æng ®Êt;              §Æng|®Êt",
        // quotes around a word stay outside it; a dash between letters is inside (VN1 Ộ)
        "“NguyÔn”;              NguyÔn",
        "N—I;                   N—I",
        "a – b;                 a|b",
        // after capitals a closing quote byte is a VN1 capital (VÕ)
        "V”;                    V”",
        // other 0x80-0x9F bytes need one letter beside them
        "H€ € 5;                H€",
        // ° ± ² ³ ´ join a letter before them
        "m² 5° a³;              m²|a³",
        // NBSP separates; U+FFFD and VN1 control capitals belong to words
        "a\u00A0b NGUY\uFFFDN TH\u0001Y; a|b|NGUY\uFFFDN|TH\u0001Y"
    })
    void splitsTextIntoPossibleWords(String text, String expected) {
        assertThat(tokens(text)).isEqualTo(expected.strip());
    }

    @ParameterizedTest
    @CsvSource({"m²,1", "m³°,1", "a,1", "²,0"})
    void stripsTrailingUnitSigns(String token, int coreLength) {
        assertThat(LegacyTokens.coreEnd(token, 0, token.length())).isEqualTo(coreLength);
    }
}
