package org.parcelrecon.matching.keys;

import java.util.Map;

/**
 * Service-provider interface that contributes named {@link KeyFunction}s to {@link KeyFunctions#standard()}.
 *
 * <p>Register an implementation (public, with a public no-argument constructor) in
 * {@code META-INF/services/org.parcelrecon.matching.keys.KeyFunctionProvider}. Names must be non-blank and must
 * not contain {@code |} or {@code :}; a provider's function replaces a built-in of the same name. A provider that
 * fails to load or returns a bad name is skipped and logged with its class name, so one broken plug-in does not
 * stop the others.
 */
public interface KeyFunctionProvider {
    /** {@return the functions this provider offers, by name; iterated in the map's order} */
    Map<String, KeyFunction> keyFunctions();
}
