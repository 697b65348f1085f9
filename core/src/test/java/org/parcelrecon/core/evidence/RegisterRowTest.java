package org.parcelrecon.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parcelrecon.core.text.TextEncoding;

class RegisterRowTest {
    @Test
    void emptyRowHasEveryFieldUnknown() {
        RegisterRow row = RegisterRow.builder().build();
        assertThat(row.sourceLine()).isEmpty();
        assertThat(row.registeredAreaM2()).isEmpty();
        assertThat(row.landUseCode()).isEmpty();
        assertThat(row.certificateSerial()).isEmpty();
        assertThat(row.landUsers()).isEmpty();
        assertThat(row.decodedTexts()).isEmpty();
    }

    @Test
    void keepsUsersAndDecodedTextsInOrder() {
        LegacyText t = new LegacyText("landUser.name", "NguyÔn V¨n An", "Nguyễn Văn An", TextEncoding.TCVN3);
        RegisterRow row = RegisterRow.builder()
                .addLandUser(LandUser.builder("Nguyễn Văn An").build())
                .addLandUser(LandUser.builder("Trần Thị Hồng").build())
                .addDecodedText(t)
                .build();
        assertThat(row.landUsers()).extracting(LandUser::name).containsExactly("Nguyễn Văn An", "Trần Thị Hồng");
        assertThat(row.decodedTexts()).containsExactly(t);
    }

    @Test
    void zeroAreaIsAllowed() {
        assertThat(RegisterRow.builder().registeredAreaM2(0).build().registeredAreaM2()).hasValue(0.0);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.5, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsAreaThatIsNotAFiniteNonNegativeNumber(double area) {
        assertThatThrownBy(() -> RegisterRow.builder().registeredAreaM2(area).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("registeredAreaM2");
    }
}
