package org.parcelrecon.core.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

/**
 * Citizen ID cells as population and register files hold them: whatever the text, parsing gives a
 * {@link CitizenId} (valid or with its problems) and masking returns text of the same length; neither throws.
 * A valid ID never survives its own masking.
 */
class CitizenIdsFuzzTest {
    @FuzzTest(maxDuration = "1m")
    void everyTextGivesAnIdOrItsProblems(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        CitizenId id = CitizenIds.parse(text);
        assertThat(id.input()).isEqualTo(text);
        id.normalized().ifPresent(digits -> {
            if (id.isValid()) {
                assertThat(id.masked()).doesNotContain(digits);
                assertThat(id.toString()).doesNotContain(digits);
            }
        });
        CitizenIds.parse(text, 1980);
        CitizenIds.isValid(text, OptionalInt.of(2001));
        assertThat(CitizenIds.mask(text)).hasSameSizeAs(text);
        assertThat(CitizenIds.maskWithin(text)).hasSameSizeAs(text);
        CitizenIds.isIdNumberLike(text);
        CitizenIds.birthProvince(text.length() > 3 ? text.substring(0, 3) : text);
    }
}
