package org.parcelrecon.matching.vn;

import java.util.Map;
import org.parcelrecon.matching.keys.KeyFunction;
import org.parcelrecon.matching.keys.KeyFunctionProvider;

/**
 * Registers {@code vn_commune} ({@link CommuneCanonicalizer#basic()}) in
 * {@link org.parcelrecon.matching.keys.KeyFunctions#standard()}, through {@link java.util.ServiceLoader}. Hosts
 * that have the administrative tables replace it with
 * {@link VietnamesePersonPreset#keyFunctions(CommuneCanonicalizer)}.
 */
public final class VietnameseKeyFunctions implements KeyFunctionProvider {
    /** The name under which the commune canonicalizer is registered. */
    public static final String COMMUNE = "vn_commune";

    /** Called by {@link java.util.ServiceLoader}. */
    public VietnameseKeyFunctions() {
    }

    @Override
    public Map<String, KeyFunction> keyFunctions() {
        CommuneCanonicalizer basic = CommuneCanonicalizer.basic();
        return Map.of(COMMUNE, basic::canonicalize);
    }
}
