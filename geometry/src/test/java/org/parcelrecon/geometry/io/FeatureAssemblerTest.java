package org.parcelrecon.geometry.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeatureAssemblerTest {
    @ParameterizedTest
    @CsvSource({
        // sheet and plot numbers written as JSON numbers come as "12.0": the fraction goes
        "12.0, true", "-3.00, true", "0.0, true",
        // anything else stays as written
        "12, false", "12.5, false", "12., false", ".0, false", "-.0, false", "1a.0, false", "12.0.0, false"})
    void recognisesIntegralNumbersWrittenWithAZeroFraction(String s, boolean expected) {
        assertThat(FeatureAssembler.integralWithZeroFraction(s)).isEqualTo(expected);
    }

    @Property
    void agreesWithTheRegularExpression(@ForAll @StringLength(max = 6) @CharRange(from = '-', to = '9') String s) {
        assertThat(FeatureAssembler.integralWithZeroFraction(s)).isEqualTo(s.matches("-?\\d+\\.0+"));
    }

    /** {@code find} as it was written before it ranked attribute names once: candidate by candidate, name by name. */
    private static Optional<String> findByScanning(Map<String, String> properties, List<String> candidates) {
        for (String candidate : candidates) {
            for (Map.Entry<String, String> e : properties.entrySet()) {
                String v = e.getValue();
                if (FeatureAssembler.normalizedName(e.getKey()).equals(candidate) && v != null
                        && v.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    return Optional.of(v.strip());
                }
            }
        }
        return Optional.empty();
    }

    @org.junit.jupiter.api.Test
    void findsTheFirstCandidateWithAUsableValueAsScanningCandidateByCandidateDoes() throws Exception {
        FeatureAssembler a = new FeatureAssembler("m.geojson", ReadOptions.DEFAULTS);
        List<String> names = List.of("id", "ID", "parcel_id", "FID", "so_to", "SoTo", "to", "map", "so_thua",
                "lot", "thua", "dien_tich", "area", "AREA", "recorded-area", "loai_dat", "commune_code");
        List<String> values = List.of("12", " 7 ", "-", "---", "", "a", "NO_ID", "0");
        Random r = new Random(5);
        for (int k = 0; k < 3000; k++) {
            Map<String, String> properties = new LinkedHashMap<>();
            int n = r.nextInt(8);
            for (int i = 0; i < n; i++) {
                properties.put(names.get(r.nextInt(names.size())), values.get(r.nextInt(values.size())));
            }
            for (String list : List.of("ID_NAMES", "SHEET_NAMES", "PLOT_NAMES", "AREA_NAMES")) {
                java.lang.reflect.Field f = FeatureAssembler.class.getDeclaredField(list);
                f.setAccessible(true);
                @SuppressWarnings("unchecked")
                List<String> candidates = (List<String>) f.get(null);
                assertThat(a.find(properties, Optional.empty(), candidates)).as("%s in %s", list, properties)
                        .isEqualTo(findByScanning(properties, candidates));
            }
        }
    }
}
