package org.parcelrecon.core.admin;

import java.util.Optional;
import org.parcelrecon.core.text.VietnameseText;

/**
 * The type of a commune-level administrative unit, as written before its name.
 *
 * <table>
 *   <caption>Types and their Vietnamese prefixes</caption>
 *   <tr><th>constant</th><th>Vietnamese</th><th>exists</th></tr>
 *   <tr><td>{@link #PHUONG}</td><td>Phường (urban ward)</td><td>before and after 1 Jul 2025</td></tr>
 *   <tr><td>{@link #XA}</td><td>Xã (rural commune)</td><td>before and after 1 Jul 2025</td></tr>
 *   <tr><td>{@link #THI_TRAN}</td><td>Thị trấn (township)</td><td>before 1 Jul 2025 only</td></tr>
 *   <tr><td>{@link #DAC_KHU}</td><td>Đặc khu (special zone)</td><td>from 1 Jul 2025 only</td></tr>
 * </table>
 */
public enum UnitType {
    /** Phường: urban ward. */
    PHUONG("Phường"),
    /** Xã: rural commune. */
    XA("Xã"),
    /** Thị trấn: township; abolished by the 2025 arrangement. */
    THI_TRAN("Thị trấn"),
    /** Đặc khu: special zone, created on 1 Jul 2025 (Vân Đồn, Cô Tô). */
    DAC_KHU("Đặc khu");

    private final String vietnameseName;

    UnitType(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** {@return the prefix as written in Vietnamese, e.g. {@code "Thị trấn"}} */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** Reads the exact Vietnamese type word(s) of the data files, diacritics and case ignored. */
    static Optional<UnitType> fromVietnamese(String text) {
        String folded = VietnameseText.fold(text);
        for (UnitType type : values()) {
            if (VietnameseText.fold(type.vietnameseName).equals(folded)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
