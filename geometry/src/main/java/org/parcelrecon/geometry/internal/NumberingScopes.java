package org.parcelrecon.geometry.internal;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.parcelrecon.geometry.io.ParcelFeature;

/**
 * Where sheet and plot numbers are unique: within one commune (xã), and within one survey of it. Sheet 3 plot 12
 * exists in every commune of a province, so numbers are compared only inside their scope. Not API.
 *
 * <p>The commune is the first of {@link #COMMUNE_PROPERTIES} that any parcel of the map carries; the survey the
 * first of {@link #SURVEY_PROPERTIES}. A map with neither is one scope. Example: a parcel with
 * {@code commune_code=06652} gives scope {@code "06652"}; a French Etalab parcel with {@code commune=91027,
 * prefixe=000} gives {@code "91027/000"} (the prefix names a former commune absorbed into this one, whose sections
 * kept their own numbering).
 */
public final class NumberingScopes {
    /** Attribute names that hold the commune (xã) code, in order of preference. */
    public static final List<String> COMMUNE_PROPERTIES = List.of("commune_code", "ma_xa", "commune", "maXa");
    /**
     * Attribute names that say which survey (or former commune) a parcel's numbers belong to, in order of
     * preference: numbering restarts with each.
     */
    public static final List<String> SURVEY_PROPERTIES = List.of("survey", "survey_id", "dot_do_dac", "nam_do_dac",
            "prefixe");

    private NumberingScopes() {
    }

    /**
     * Per parcel its commune code (trimmed; null when blank or absent), from the first attribute of
     * {@link #COMMUNE_PROPERTIES} that any parcel carries; all null when none does.
     *
     * @param n the number of parcels
     * @param parcel the parcel at an index
     * @return one commune code or null per parcel
     */
    public static String[] communes(int n, IntFunction<ParcelFeature> parcel) {
        return first(n, parcel, COMMUNE_PROPERTIES);
    }

    /**
     * Per parcel its numbering scope: {@code commune}, {@code commune/survey}, {@code /survey} or {@code ""}, from
     * the attributes above (each chosen once for the whole map).
     *
     * @param parcels the map's parcels
     * @return one scope per parcel, in order
     */
    public static String[] scopes(List<ParcelFeature> parcels) {
        int n = parcels.size();
        String[] communes = communes(n, parcels::get);
        String[] surveys = first(n, parcels::get, SURVEY_PROPERTIES);
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            String c = communes[i] == null ? "" : communes[i];
            out[i] = surveys[i] == null ? c : c + "/" + surveys[i];
        }
        return out;
    }

    /**
     * One pass, parcel by parcel in parallel (in the caller's fork-join pool): each parcel's first name it carries
     * and that value; the name chosen for the map is the first any parcel carries, and a parcel keeps its value
     * only when it is that one (a parcel whose first name is later does not carry the chosen one).
     */
    private static String[] first(int n, IntFunction<ParcelFeature> parcel, List<String> names) {
        String[] out = new String[n];
        byte[] firstName = new byte[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            Map<String, String> properties = parcel.apply(i).properties();
            firstName[i] = (byte) names.size();
            for (int k = 0; k < names.size(); k++) {
                String v = properties.get(names.get(k));
                if (v != null && !v.isBlank()) {
                    firstName[i] = (byte) k;
                    out[i] = v.strip();
                    return;
                }
            }
        });
        int chosen = names.size();
        for (byte k : firstName) {
            chosen = Math.min(chosen, k);
        }
        for (int i = 0; i < n; i++) {
            if (firstName[i] != chosen) {
                out[i] = null;
            }
        }
        return out;
    }
}
