package org.parcelrecon.matching.vn;

import java.util.ArrayList;
import java.util.List;
import org.parcelrecon.core.text.VietnameseText;

/**
 * Turns a commune as written in a register or the population registry into a key that is equal for the same
 * commune: the hook through which the 2025 administrative crosswalk reaches linkage.
 *
 * <p>The same commune is written many ways ({@code "Xã Hải Hòa"}, {@code "xa Hai Hoa"}, {@code "Hải Hoà"}), and
 * since 1 July 2025 many communes were merged, so an old commune and the new one that absorbed it must give the
 * same key. An implementation backed by the administrative-unit tables maps both to the code of the commune in
 * force (or of its successor). Wire it into a model with
 * {@link VietnamesePersonPreset#keyFunctions(CommuneCanonicalizer)}, which registers it as the key function
 * {@code vn_commune}.
 *
 * <p>Rules for implementations: return the empty string for a value that names no known commune (the pair then
 * gets the commune comparison's null level); be pure and thread-safe (called once per distinct value, in
 * parallel); never throw for bad input.
 */
@FunctionalInterface
public interface CommuneCanonicalizer {
    /**
     * The canonical key of a commune.
     *
     * @param commune the trimmed, non-blank value as written
     * @return its key, or the empty string when it cannot be read
     */
    String canonicalize(String commune);

    /**
     * {@return a canonicalizer without administrative data: folds the text (decoding legacy encodings, dropping
     * diacritics),
     * keeps the part before the first comma, removes a leading unit type ({@code xã}, {@code phường},
     * {@code thị trấn}, {@code x.}, {@code p.}, {@code tt.}) and leading zeros of numbers} It makes spellings of one
     * name equal but knows nothing of merged communes:
     * <pre>
     *   "Xã Hải Hòa"                   "hai hoa"
     *   "xa Hai Hoa, huyện Tiên Yên"   "hai hoa"
     *   "P.05"                         "5"
     *   "Phường 5"                     "5"
     *   "Thị trấn Tiên Yên"            "tien yen"
     *   "xã"                           ""
     * </pre>
     */
    static CommuneCanonicalizer basic() {
        return CommuneCanonicalizer::basicKey;
    }

    private static String basicKey(String commune) {
        String s = VietnameseText.fold(commune);
        int comma = s.indexOf(',');
        if (comma >= 0) {
            s = s.substring(0, comma).trim();
        }
        for (String prefix : new String[] {"thi tran ", "phuong ", "xa ", "tt. ", "tt.", "tt ", "p. ", "p.", "x. ",
                "x."}) {
            if (s.startsWith(prefix)) {
                s = s.substring(prefix.length()).trim();
                break;
            }
        }
        if (s.equals("xa") || s.equals("phuong") || s.equals("thi tran")) {
            return "";
        }
        List<String> tokens = new ArrayList<>();
        for (String t : s.split("\\s+")) {
            if (t.isEmpty()) {
                continue;
            }
            int i = 0;
            while (i < t.length() - 1 && t.charAt(i) == '0' && Character.isDigit(t.charAt(i + 1))) {
                i++;
            }
            tokens.add(t.substring(i));
        }
        return String.join(" ", tokens);
    }
}
