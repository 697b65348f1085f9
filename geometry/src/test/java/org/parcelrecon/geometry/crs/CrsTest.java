package org.parcelrecon.geometry.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CrsTest {

    @ParameterizedTest(name = "{0} -> EPSG:{1}")
    @CsvSource({
            // provinces by name, full name, code, alias
            "vn2000:quang-ninh, 5899",
            "vn2000:Quảng Ninh, 5899",
            "VN2000:QUANGNINH, 5899",
            "vn2000:Tỉnh Quảng Ninh, 5899",
            "vn2000:22, 5899",
            "vn2000:da-nang, 5899",
            "vn2000:thua-thien-hue, 9214",
            "vn2000:hcm, 9210",
            "vn2000:ha-noi, 5897",
            "vn2000:dien-bien, 9205",
            // meridians, decimal and degree-minute
            "vn2000:tm3:107.75, 5899",
            "vn2000:tm3:107-45, 5899",
            "vn2000:tm3:104.5, 9207",
            "vn2000:tm3:102, 5896",
            "vn2000:tm3:108, 5898",
            "vn2000:tm3:108-30, 9218",
            // UTM and geographic
            "vn2000:utm48, 3405",
            "vn2000:utm:49, 3406",
            "vn2000, 4756",
            "hn72, 4147",
            "wgs84, 4326",
            "CRS84, 4326",
            "urn:ogc:def:crs:OGC:1.3:CRS84, 4326",
            // EPSG codes in their several spellings
            "EPSG:5899, 5899",
            "epsg:2093, 2093",
            "urn:ogc:def:crs:EPSG::26986, 26986",
            "urn:ogc:def:crs:EPSG:6.3:2154, 2154",
            "http://www.opengis.net/def/crs/EPSG/0/3405, 3405",
            "'  EPSG:9212 ', 9212",
    })
    void parsesNamedCrs(String spec, int epsg) {
        assertThat(Crs.parse(spec).epsgCode()).hasValue(epsg);
        assertThat(Crs.parse(spec)).isEqualTo(Crs.epsg(epsg));
    }

    @Test
    void keepsTheNameAskedForAndTitlesTheProvince() {
        Crs qn = Crs.parse("vn2000:Quảng Ninh");
        assertThat(qn.id()).isEqualTo("vn2000:quang-ninh");
        assertThat(qn.title()).isEqualTo("VN-2000 / TM-3 107-45 (Quảng Ninh)");
        assertThat(qn.isGeographic()).isFalse();
        assertThat(Crs.parse("vn2000:tm3:107-45").id()).isEqualTo("vn2000:tm3:107.75");
        assertThat(Crs.parse("urn:ogc:def:crs:EPSG::5899").id()).isEqualTo("EPSG:5899");
        assertThat(Crs.WGS84.isGeographic()).isTrue();
    }

    @Test
    void definesTm3ZonesWithTheExactVn2000Shift() {
        assertThat(Crs.epsg(5899).proj()).isEqualTo("+proj=tmerc +lat_0=0 +lon_0=107.75 +k=0.9999 +x_0=500000 +y_0=0"
                + " +ellps=WGS84 +towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,"
                + "0.252906278 +units=m +no_defs");
        for (int code = 9205; code <= 9218; code++) {
            assertThat(Crs.epsg(code).proj()).contains(Crs.VN2000_TOWGS84, "+k=0.9999", "+x_0=500000 +y_0=0");
        }
    }

    @Test
    void givesEveryProvinceOneOfTheTableCodes() {
        for (Vn2000Province p : Vn2000Province.all()) {
            assertThat(p.crs().epsgCode()).as(p.name()).hasValue(p.epsgCode());
        }
    }

    @Test
    void acceptsARawProjStringAndRecognisesAKnownDefinition() {
        Crs custom = Crs.parse("+proj=tmerc +lat_0=0 +lon_0=107.75 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 "
                + Crs.VN2000_TOWGS84 + "   +units=m +no_defs");
        assertThat(custom).isEqualTo(Crs.epsg(5899));
        assertThat(custom.epsgCode()).hasValue(5899);
        Crs other = Crs.fromProj("+proj=tmerc +lat_0=0 +lon_0=106 +k=1 +x_0=0 +y_0=0 +ellps=krass +units=m");
        assertThat(other.epsgCode()).isEmpty();
        assertThat(other.title()).isEqualTo("custom");
    }

    @ParameterizedTest
    @ValueSource(ints = {6956, 6957, 6958, 6959})
    void rejectsDeprecatedZonesWithSwappedFalseOrigin(int code) {
        assertThatThrownBy(() -> Crs.parse("EPSG:" + code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("deprecated")
                .hasMessageContaining("EPSG:" + (code - 6956 + 5896));
    }

    @Test
    void rejectsAProjStringWithTheSwappedFalseOrigin() {
        assertThatThrownBy(() -> Crs.fromProj("+proj=tmerc +lat_0=0 +lon_0=107.75 +k=0.9999 +x_0=0 +y_0=500000"
                + " +ellps=WGS84 " + Crs.VN2000_TOWGS84 + " +units=m +no_defs"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("swapped");
    }

    @Test
    void rejectsVn2000RotationsWithCoordinateFrameSigns() {
        assertThatThrownBy(() -> Crs.fromProj("+proj=tmerc +lat_0=0 +lon_0=107.75 +k=0.9999 +x_0=500000 +y_0=0"
                + " +ellps=WGS84 +towgs84=-191.90441429,-39.30318279,-111.45032835,-0.00928836,0.01975479,-0.00427372,"
                + "0.252906278 +units=m +no_defs"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("flip the three rotation signs")
                .hasMessageContaining(Crs.VN2000_TOWGS84);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "vn2000:tm3:107.7",   // not a multiple of 15'
            "vn2000:tm3:101",     // outside Vietnam's meridians
            "vn2000:tm3:107-75",  // minutes >= 60
            "vn2000:da-lat",      // a city, not a province
            "EPSG:32648",         // not in the built-in table
            "EPSG:99999999999",   // out of range
            "lambert",            // unknown word
            "+proj=nonsense",     // proj4j cannot read it
            "",
    })
    void rejectsUnknownOrMalformedSpecificationsNamingTheValue(String spec) {
        assertThatThrownBy(() -> Crs.parse(spec)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void saysWhatToUseForAnUnknownEpsgCode() {
        assertThatThrownBy(() -> Crs.parse("EPSG:32648"))
                .hasMessageContaining("EPSG:32648")
                .hasMessageContaining("projinfo -o PROJ EPSG:32648");
    }

    @Test
    void rejectsNullSpecification() {
        assertThatThrownBy(() -> Crs.parse(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("spec");
    }
}
