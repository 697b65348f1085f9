package org.parcelrecon.core.rule;

/**
 * A rule listed in {@code META-INF/services/org.parcelrecon.core.rule.Rule} could not be loaded or created.
 * The message names the provider class and the cause, e.g.
 * {@code rule provider com.example.BrokenRule (META-INF/services/org.parcelrecon.core.rule.Rule) could not be created: ...}.
 *
 * <p>Discovery fails rather than skipping the provider: a host rule that silently went missing would let
 * records it should have flagged pass as clean.
 */
public final class RuleDiscoveryException extends RuntimeException {
    RuleDiscoveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
