package org.parcelrecon.core.parcel;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Parcel keys as registers and maps spell them: whatever the text, each parse returns a {@link ParcelKeyParse}
 * (a key or a reason) and never throws. A key it returns prints to a canonical form that parses back to itself.
 */
class ParcelKeysFuzzTest {
    @FuzzTest(maxDuration = "1m")
    void everyTextGivesAKeyOrAReason(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        for (ParcelKeyParse parse : new ParcelKeyParse[] {ParcelKeys.parse(text), ParcelKeys.parseCompact(text),
                ParcelKeys.parseCanonical(text)}) {
            assertThat(parse).isNotNull();
            parse.parsedKey().ifPresent(key ->
                    assertThat(ParcelKeys.parseCanonical(key.toString()).parsedKey()).contains(key));
        }
    }
}
