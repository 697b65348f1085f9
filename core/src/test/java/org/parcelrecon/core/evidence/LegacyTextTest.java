package org.parcelrecon.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.parcelrecon.core.text.TextEncoding;

class LegacyTextTest {
    @Test
    void keepsRawAndDecodedText() {
        LegacyText t = new LegacyText("landUser.name", "NguyÔn V¨n An", "Nguyễn Văn An", TextEncoding.TCVN3);
        assertThat(t.asWritten()).isEqualTo("NguyÔn V¨n An");
        assertThat(t.decoded()).isEqualTo("Nguyễn Văn An");
    }

    @Test
    void rejectsUnicodeAsALegacyEncoding() {
        assertThatThrownBy(() -> new LegacyText("address", "Hoàng", "Hoàng", TextEncoding.UNICODE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("address");
    }
}
