package org.parcelrecon.core.rule.builtin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.parcelrecon.core.rule.RuleConfig;
import org.parcelrecon.core.rule.RuleParameters;

/** The bundled {@code defaults.json}, read once. */
final class BuiltInDefaults {
    static final String RESOURCE = "defaults.json";
    static final String SOURCE = "built-in defaults (org/parcelrecon/core/rule/builtin/defaults.json)";
    static final RuleConfig CONFIG = load();

    private BuiltInDefaults() {
    }

    /** The rule's bundled defaults, for {@link RuleParameters#withFallback}. */
    static RuleParameters parameters(String ruleId) {
        return CONFIG.parameters(ruleId);
    }

    /** {@code user} with the bundled defaults behind it. */
    static RuleParameters withDefaults(RuleParameters user) {
        return user.withFallback(parameters(user.ruleId()));
    }

    private static RuleConfig load() {
        try (InputStream in = BuiltInDefaults.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the parcelrecon-core jar: " + SOURCE);
            }
            return RuleConfig.read(in, SOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SOURCE, e);
        }
    }
}
