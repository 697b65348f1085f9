package org.parcelrecon.core.landuse;

import org.parcelrecon.core.internal.BundledCsv;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.parcelrecon.core.text.VietnameseText;

/**
 * The national land-use type codes (mã loại đất): the list in force from 1 Aug 2024 (Circular 08/2024/TT-BTNMT,
 * Appendix II §A, as reproduced) and the pre-2024 list, side by side, because registers carry both generations.
 * Sources and doubts are in the {@code README.md} beside the CSV resource.
 *
 * <h2>Reading a code</h2>
 * Surrounding blanks are trimmed, case is ignored, Vietnamese letters and full-width letters are folded
 * ({@code "ĐGT"} → DGT, {@code "ｏｎｔ"} → ONT). Nothing else is forgiven: {@code "ONT."} is not a code.
 *
 * <table>
 *   <caption>Examples</caption>
 *   <tr><th>call</th><th>result</th></tr>
 *   <tr><td>{@code lookup("ont")}, {@code lookup(" ODT ")}</td><td>the ONT / ODT rows</td></tr>
 *   <tr><td>{@code lookup("DDD")}</td><td>empty (only named as a guessed target of DDT/DDL)</td></tr>
 *   <tr><td>{@code check("LUN")}</td><td>Retired, suggestion LUK</td></tr>
 *   <tr><td>{@code checkCombined("ONT+CLN")}, {@code "ONT/CLN"}, {@code "ONT, CLN"}</td><td>[Current ONT, Current CLN]</td></tr>
 *   <tr><td>{@code checkCombined("ONT+XYZ")}</td><td>[Current ONT, Unknown XYZ]</td></tr>
 *   <tr><td>{@code checkCombined("")}</td><td>[Unknown: no land-use code given]</td></tr>
 * </table>
 *
 * <p>Group codes (NNP, PNN, CSD, LUA, CHN, LNP, OTC, DSN, CSK, CCC) are in the table because they appear in
 * statistics; the table does not mark them apart from the "(group)" in their English names.
 *
 * <p>Immutable and thread-safe; {@link #national()} loads the bundled table once.
 */
public final class LandUseCodes {
    static final String RESOURCE = "land_use_codes.csv";
    private static final Pattern THREE_LETTERS = Pattern.compile("[A-Z]{3}");
    private static final Pattern COMBINED_SEPARATORS = Pattern.compile("[+/,;&\\-\\s]+");

    private final Map<String, LandUseCode> byCode;

    private LandUseCodes(Map<String, LandUseCode> byCode) {
        this.byCode = Collections.unmodifiableMap(new LinkedHashMap<>(byCode));
    }

    /** {@return the bundled national table (69 codes); the same instance every time} */
    public static LandUseCodes national() {
        return NationalHolder.INSTANCE;
    }

    private static final class NationalHolder {
        static final LandUseCodes INSTANCE = load();
    }

    static LandUseCodes load() {
        Map<String, LandUseCode> byCode = new LinkedHashMap<>();
        for (Map<String, String> row : BundledCsv.read(LandUseCodes.class, RESOURCE,
                List.of("code", "name_vi", "name_en", "status", "maps_to", "confidence"))) {
            String mapsTo = row.get("maps_to");
            Optional<LandUseCode.Mapping> mapping = mapsTo.isEmpty() ? Optional.empty()
                    : Optional.of(new LandUseCode.Mapping(mapsTo.replaceFirst("\\?$", ""), mapsTo.endsWith("?")));
            LandUseCode code = new LandUseCode(row.get("code"), row.get("name_vi"), row.get("name_en"),
                    LandUseCode.Status.valueOf(row.get("status").toUpperCase(Locale.ROOT)), mapping,
                    LandUseCode.Confidence.valueOf(row.get("confidence").toUpperCase(Locale.ROOT)));
            if (byCode.put(code.code(), code) != null) {
                throw new IllegalStateException(RESOURCE + ": code " + code.code() + " twice");
            }
        }
        for (LandUseCode code : byCode.values()) {
            code.mapsTo().filter(m -> !m.guess()).ifPresent(m -> {
                LandUseCode target = byCode.get(m.code());
                if (target == null || !target.isCurrent()) {
                    throw new IllegalStateException(RESOURCE + ": " + code.code() + " maps to " + m.code()
                            + ", which is not a current code in the table");
                }
            });
        }
        return new LandUseCodes(byCode);
    }

    /** {@return every code in the table, in table order (groups before their members, as in the circular)} */
    public List<LandUseCode> all() {
        return List.copyOf(byCode.values());
    }

    /**
     * {@return the row for a code, after trimming and folding; empty if it is in neither list}
     *
     * @param code a land-use code as written, e.g. {@code " ont "}
     */
    public Optional<LandUseCode> lookup(String code) {
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(byCode.get(key(code)));
    }

    /**
     * {@return whether a code is current, retired (with its suggested replacement) or unknown}
     *
     * @param code a land-use code as written
     */
    public LandUseCheck check(String code) {
        Objects.requireNonNull(code, "code");
        String key = key(code);
        if (key.isEmpty()) {
            return new LandUseCheck.Unknown(code, "no land-use code given");
        }
        if (!THREE_LETTERS.matcher(key).matches()) {
            return new LandUseCheck.Unknown(code, "'" + code.strip() + "' is not a land-use code: expected three letters such as ONT");
        }
        LandUseCode row = byCode.get(key);
        if (row == null) {
            return new LandUseCheck.Unknown(code, key + " is in neither the 2024 list (Circular 08/2024/TT-BTNMT)"
                    + " nor the pre-2024 list");
        }
        return row.isCurrent() ? new LandUseCheck.Current(code, row) : new LandUseCheck.Retired(code, row);
    }

    /**
     * Checks a field that may hold several codes, as registers write a parcel with two uses: {@code "ONT+CLN"},
     * {@code "ONT/CLN"}, {@code "ONT, CLN"}, {@code "ONT; CLN"}, {@code "ONT & CLN"}, {@code "ONT-CLN"},
     * {@code "ONT CLN"}. One check per code, in the order written (repeats kept). A field with no code at all
     * gives a single {@link LandUseCheck.Unknown}.
     *
     * @param text the field as written
     * @return one check per code found, in the order written
     */
    public List<LandUseCheck> checkCombined(String text) {
        Objects.requireNonNull(text, "text");
        List<LandUseCheck> checks = new ArrayList<>();
        for (String part : COMBINED_SEPARATORS.split(Normalizer.normalize(text, Normalizer.Form.NFKC))) {
            if (!part.isEmpty()) {
                checks.add(check(part));
            }
        }
        return checks.isEmpty() ? List.of(new LandUseCheck.Unknown(text, "no land-use code given")) : List.copyOf(checks);
    }

    private static String key(String code) {
        return VietnameseText.fold(Normalizer.normalize(code, Normalizer.Form.NFKC)).strip().toUpperCase(Locale.ROOT);
    }
}
