package org.parcelrecon.geometry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelrecon.geometry.TestGeometries.withProperties;
import static org.parcelrecon.geometry.TestGeometries.wkt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcelrecon.geometry.io.ParcelFeature;

class NumberingScopesTest {

    private static ParcelFeature with(String... keyValues) {
        return withProperties(ParcelFeature.of("p", wkt("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))")), keyValues);
    }

    @Test
    void takesTheFirstAttributeAnyParcelCarriesForTheWholeMap() {
        // commune_code comes before ma_xa: a parcel with only ma_xa has no commune in this map
        List<ParcelFeature> map = List.of(with("ma_xa", "111"), with("commune_code", " 06652 ", "ma_xa", "222"),
                with("commune_code", " "), with());
        assertThat(NumberingScopes.communes(map.size(), map::get)).containsExactly(null, "06652", null, null);
        assertThat(NumberingScopes.scopes(map)).containsExactly("", "06652", "", "");
    }

    @Test
    void scopesAreCommuneAndSurvey() {
        List<ParcelFeature> map = List.of(with("commune", "91027", "prefixe", "000"), with("prefixe", "301"),
                with("commune", "91027"));
        assertThat(NumberingScopes.scopes(map)).containsExactly("91027/000", "/301", "91027");
        assertThat(NumberingScopes.scopes(List.of(with("x", "1")))).containsExactly("");
    }
}
