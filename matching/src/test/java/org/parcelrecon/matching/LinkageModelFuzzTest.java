package org.parcelrecon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Model files ({@code link --model}): whatever the text, {@link LinkageModel#fromJson} gives a model or an
 * {@link IllegalArgumentException} with the JSON path of the problem, and a model it accepts writes back to JSON
 * that reads as the same model.
 */
class LinkageModelFuzzTest {
    @FuzzTest(maxDuration = "1m")
    void everyFileGivesAModelOrAnIllegalArgumentException(byte[] input) {
        LinkageModel model;
        try {
            model = LinkageModel.fromJson(new String(input, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        assertThat(LinkageModel.fromJson(model.toJson()).toJson()).isEqualTo(model.toJson());
    }
}
