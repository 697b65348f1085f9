package org.parcelrecon.matching.vn;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.parcelrecon.core.text.VietnameseText;
import org.parcelrecon.core.admin.AdminUnit;
import org.parcelrecon.core.admin.AdministrativeUnits;
import org.parcelrecon.core.admin.CommuneResolution;
import org.parcelrecon.core.admin.Period;

/**
 * A {@link CommuneCanonicalizer} backed by core's administrative units and the 2025 merger crosswalk: a commune
 * written by code or by name, before or after 1 July 2025, becomes the code of the commune in force today, so an
 * old commune and the one that absorbed it compare equal.
 * <pre>
 *   "06664", "6664", "Phường Hà Tu", "ha tu"  → "06652"  (old Hà Tu went into today's Hà Tu, which took code 06652)
 *   "06886" (old Hải Lạng, split three ways; also today's Hải Lạng) → "06886" (read as today's code)
 *   "Xã Hải Lạng" (today's name, also an old commune split three ways) → "06886" (read as today's commune)
 *   "Phường Hà Khẩu" (an old name whose commune was split between two today) → "name:ha khau"
 *   "Số 41, Tổ 4, Phường Hà Tu, Tỉnh Quảng Ninh" → "06652"  (an address: its commune part)
 *   "Phường 5" (not in the tables)                         → "name:5" (the spelling-only key of
 *                                                            {@link CommuneCanonicalizer#basic()})
 * </pre>
 * A code that is both an old and a current code is read as whichever gives one commune today; when the two
 * readings disagree, as today's code. Thread-safe.
 */
public final class AdministrativeCommunes implements CommuneCanonicalizer {
    private final AdministrativeUnits units;
    private final CommuneCanonicalizer fallback = CommuneCanonicalizer.basic();

    private AdministrativeCommunes(AdministrativeUnits units) {
        this.units = units;
    }

    /**
     * Backed by the given tables, e.g. {@link AdministrativeUnits#quangNinh()}.
     *
     * @param units the province's units before and after the 2025 merger
     * @return a canonicalizer that reads a commune, by code or name, as the code of the commune in force today
     */
    public static AdministrativeCommunes of(AdministrativeUnits units) {
        return new AdministrativeCommunes(Objects.requireNonNull(units, "units"));
    }

    @Override
    public String canonicalize(String commune) {
        String s = commune.strip();
        if (isCode(s)) {
            CommuneResolution r = units.resolve(s);
            if (r instanceof CommuneResolution.Unknown) {
                return s;
            }
            String one = single(r.currentCandidates());
            if (one != null) {
                return one;
            }
            if (r instanceof CommuneResolution.DependsOnDate d) {
                return d.asCurrent().unit().code();
            }
            return "";
        }
        String name = communePart(s);
        TreeSet<String> inForce = new TreeSet<>();
        for (AdminUnit unit : units.byName(name)) {
            if (unit.period() == Period.FROM_2025_07_01) {
                inForce.add(unit.code());
            }
        }
        if (inForce.size() == 1) {
            return inForce.first(); // a name in force today is read as today's commune, as a code is
        }
        TreeSet<String> today = new TreeSet<>();
        for (AdminUnit unit : units.byName(name)) {
            LocalDate asOf = unit.period() == Period.FROM_2025_07_01 ? Period.MERGER_DATE : Period.MERGER_DATE.minusDays(1);
            for (AdminUnit current : units.resolve(unit.code(), asOf).currentCandidates()) {
                today.add(current.code());
            }
        }
        if (today.size() == 1) {
            return today.first();
        }
        String key = fallback.canonicalize(name);
        return key.isEmpty() ? "" : "name:" + key;
    }

    /**
     * The part of an address that names the commune: the comma-separated part that starts with a commune's unit
     * type ({@code Xã}, {@code Phường}, {@code Thị trấn}, {@code Đặc khu}), the last one if several do, else the
     * first part ({@code "Số 41, Tổ 4, Phường Hà Tu, Tỉnh Quảng Ninh"} gives {@code "Phường Hà Tu"}).
     */
    static String communePart(String s) {
        int comma = s.indexOf(',');
        if (comma < 0) {
            return s;
        }
        String[] parts = s.split(",");
        for (int i = parts.length - 1; i >= 0; i--) {
            String folded = VietnameseText.fold(parts[i]).strip();
            if (folded.startsWith("xa ") || folded.startsWith("phuong ") || folded.startsWith("thi tran ")
                    || folded.startsWith("dac khu ")) {
                return parts[i].strip();
            }
        }
        return s.substring(0, comma);
    }

    private static String single(List<AdminUnit> candidates) {
        return candidates.size() == 1 ? candidates.get(0).code() : null;
    }

    private static boolean isCode(String s) {
        if (s.isEmpty() || s.length() > 5) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
