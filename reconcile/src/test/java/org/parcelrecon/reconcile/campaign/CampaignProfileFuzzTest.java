package org.parcelrecon.reconcile.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Campaign profiles ({@code --profile}): whatever the text, a profile or an {@link IOException} naming the file. */
class CampaignProfileFuzzTest {
    @FuzzTest(maxDuration = "1m")
    void everyFileGivesAProfileOrAnIoException(byte[] input) {
        try {
            CampaignProfile.parse(new String(input, StandardCharsets.UTF_8), "profile.json");
        } catch (IOException e) {
            assertThat(e.getMessage()).startsWith("profile.json");
        }
    }
}
