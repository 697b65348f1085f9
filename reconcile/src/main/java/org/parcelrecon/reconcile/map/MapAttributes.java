package org.parcelrecon.reconcile.map;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parcelrecon.core.text.VietnameseText;
import org.parcelrecon.geometry.io.ParcelFeature;

/**
 * The map attributes reconcile reads beyond id, sheet, plot and area (which geometry's readers find): the commune
 * ({@code commune_code}, {@code ma_xa}, {@code ma_dvhc}, {@code commune}, {@code xa}) and the land-use code
 * ({@code loai_dat}, {@code land_use}, {@code land_use_code}, {@code muc_dich_su_dung}, {@code mdsd}, ...). Names
 * compare folded: diacritics, case and punctuation ignored.
 */
final class MapAttributes {
    /** The folded names of the commune attribute. */
    static final List<String> COMMUNE = List.of("communecode", "maxa", "madvhc", "madonvihanhchinh", "commune", "xa");
    /** The folded names of the land-use attribute. */
    static final List<String> LAND_USE = List.of("loaidat", "landuse", "landusecode", "mucdichsudung", "mdsd",
            "kyhieumucdich", "madatsd");

    private MapAttributes() {
    }

    /** Whether an attribute's name is one of {@code names} once folded. */
    static boolean is(String attribute, List<String> names) {
        return names.contains(VietnameseText.fold(attribute).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""));
    }

    /** The attribute with one of {@code names}, as the first thousand features write it; empty when none does. */
    static Optional<String> find(List<ParcelFeature> features, List<String> names) {
        int n = Math.min(features.size(), 1000);
        for (int i = 0; i < n; i++) {
            for (Map.Entry<String, String> e : features.get(i).properties().entrySet()) {
                if (is(e.getKey(), names) && e.getValue() != null && !e.getValue().isBlank()) {
                    return Optional.of(e.getKey());
                }
            }
        }
        return Optional.empty();
    }
}
