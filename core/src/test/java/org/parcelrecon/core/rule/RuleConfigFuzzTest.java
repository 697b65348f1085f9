package org.parcelrecon.core.rule;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.parcelrecon.core.rule.builtin.BuiltInRules;

/**
 * Rule configuration files ({@code --rules}): whatever the bytes, reading gives a configuration or a
 * {@link RuleConfigException} naming the file (an {@link IOException} only if the stream fails), and applying
 * the configuration to the built-in rules builds a rule set or throws {@link RuleConfigException}.
 */
class RuleConfigFuzzTest {
    @FuzzTest(maxDuration = "1m")
    void everyFileGivesAConfigurationOrARuleConfigException(byte[] input) throws IOException {
        RuleConfig config;
        try {
            config = RuleConfig.read(new ByteArrayInputStream(input), "fuzz.json");
        } catch (RuleConfigException e) {
            return;
        }
        try {
            RuleSet.builder().add(BuiltInRules.all()).config(config).build();
        } catch (RuleConfigException e) {
            // a parameter of the wrong type or out of range: reported, not thrown as anything else
        }
    }
}
