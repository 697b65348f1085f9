package org.parcelrecon.matching.vn;

import java.util.ArrayList;
import java.util.List;
import org.parcelrecon.core.text.VietnameseText;

/**
 * The places below the commune that a Vietnamese address names: the village or quarter (thôn, xóm, ấp, bản, buôn,
 * sóc, làng in a rural commune; khu, khu phố, khối, khóm in a ward or town) and the residential group (tổ, tổ dân
 * phố) within it. They tell apart namesakes of one commune: two citizens born the same year with the same name are
 * rarely registered in the same village.
 * <pre>
 *   "Số 41, Tổ 4, Khu 9, Phường Hà Tu, Tỉnh Quảng Ninh"  hamlet "khu 9"      locality "to 4 khu 9"
 *   "Tổ dân phố 05, Phường Hà Tu"                        hamlet "to 5"       locality "to 5"
 *   "Thôn Đồng Tâm, Xã Quảng La"                         hamlet "thon dong tam" locality "thon dong tam"
 *   "Xứ đồng Bến Đò, Xã Vô Ngại" (a field, not a home)   hamlet ""           locality ""
 *   "Tæ 14, Khu 4, Ph\u00adêng An Sinh" (TCVN3)              hamlet "khu 4"      locality "to 14 khu 4"
 * </pre>
 * House numbers, streets, fields and the commune, district and province are left out; text in a legacy encoding is
 * decoded, diacritics and case folded, unit words written one way ({@code tổ dân phố}, {@code tdp} → {@code to};
 * {@code khu phố}, {@code kp} → {@code khu}) and leading zeros of numbers dropped. Empty when the address names no
 * such place. Pure and thread-safe.
 */
final class AddressPlaces {
    /** Unit words, longest first, with the one spelling they are written as. */
    private static final String[][] UNITS = {
        {"to dan pho", "to"}, {"tdp", "to"}, {"to", "to"},
        {"khu pho", "khu"}, {"khu dan cu", "khu"}, {"kp", "khu"}, {"khu", "khu"}, {"khoi", "khu"}, {"khom", "khu"},
        {"thon", "thon"}, {"xom", "thon"}, {"ap", "thon"}, {"ban", "thon"}, {"buon", "thon"}, {"soc", "thon"},
        {"lang", "thon"}};

    private AddressPlaces() {
    }

    /**
     * {@return the village or quarter an address names (the named place nearest the commune), or empty}
     *
     * @param address an address as written
     */
    static String hamlet(String address) {
        List<String> places = places(address);
        return places.isEmpty() ? "" : places.get(places.size() - 1);
    }

    /**
     * {@return every place below the commune an address names, smallest first, joined by a space, or empty}
     *
     * @param address an address as written
     */
    static String locality(String address) {
        return String.join(" ", places(address));
    }

    private static List<String> places(String address) {
        List<String> out = new ArrayList<>();
        for (String part : VietnameseText.fold(address).split(",")) {
            String p = part.strip().replaceAll("\\s+", " ");
            if (p.startsWith("xa ") || p.startsWith("phuong ") || p.startsWith("thi tran ") || p.startsWith("dac khu ")
                    || p.startsWith("huyen ") || p.startsWith("tinh ") || p.startsWith("thanh pho ")) {
                break; // the commune and what contains it
            }
            String place = place(p);
            if (!place.isEmpty()) {
                out.add(place);
            }
        }
        return out;
    }

    /** A part of the address as {@code unit name}, or empty when it names no settlement. */
    private static String place(String part) {
        for (String[] unit : UNITS) {
            String word = unit[0];
            if (part.startsWith(word) && part.length() > word.length() + 1 && part.charAt(word.length()) == ' ') {
                String name = numberWithoutZeros(part.substring(word.length() + 1).strip());
                return name.isEmpty() ? "" : unit[1] + " " + name;
            }
            // "tổ 5" also written "tổ5", "k9"-like joined forms are left alone
            if (part.startsWith(word) && part.length() > word.length() && Character.isDigit(part.charAt(word.length()))
                    && word.length() >= 2) {
                return unit[1] + " " + numberWithoutZeros(part.substring(word.length()));
            }
        }
        return "";
    }

    private static String numberWithoutZeros(String name) {
        int i = 0;
        while (i < name.length() - 1 && name.charAt(i) == '0' && Character.isDigit(name.charAt(i + 1))) {
            i++;
        }
        return name.substring(i);
    }
}
