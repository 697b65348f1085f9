package org.parcelrecon.matching.vn;

import java.util.Map;
import org.parcelrecon.matching.keys.KeyFunction;
import org.parcelrecon.matching.keys.KeyFunctionProvider;

/**
 * Registers {@code vn_commune} ({@link CommuneCanonicalizer#basic()}), {@code vn_hamlet} (the village or quarter an
 * address names: {@code "Tổ 4, Khu 9, Phường Hà Tu"} gives {@code "khu 9"}) and {@code vn_locality} (every place
 * below the commune: {@code "to 4 khu 9"}) in
 * {@link org.parcelrecon.matching.keys.KeyFunctions#standard()}, through {@link java.util.ServiceLoader}. Hosts
 * that have the administrative tables replace it with
 * {@link VietnamesePersonPreset#keyFunctions(CommuneCanonicalizer)}.
 */
public final class VietnameseKeyFunctions implements KeyFunctionProvider {
    /** The name under which the commune canonicalizer is registered. */
    public static final String COMMUNE = "vn_commune";
    /** The name of the key function that reads the village or quarter (thôn, xóm, ấp, bản, khu ...) of an address. */
    public static final String HAMLET = "vn_hamlet";
    /** The name of the key function that reads every place below the commune (tổ and khu, thôn ...) of an address. */
    public static final String LOCALITY = "vn_locality";

    /** Called by {@link java.util.ServiceLoader}. */
    public VietnameseKeyFunctions() {
    }

    @Override
    public Map<String, KeyFunction> keyFunctions() {
        CommuneCanonicalizer basic = CommuneCanonicalizer.basic();
        return Map.of(COMMUNE, basic::canonicalize, HAMLET, AddressPlaces::hamlet, LOCALITY, AddressPlaces::locality);
    }
}
