package org.parcelrecon.geometry.crs;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import org.locationtech.proj4j.CoordinateReferenceSystem;

/**
 * A coordinate reference system, named the way land offices name it, backed by a proj4j definition.
 *
 * <p>Coordinates are always in traditional GIS order: x = easting or longitude, y = northing or latitude,
 * whatever the EPSG axis order says (EPSG:4326 is lon/lat here, as in GeoJSON and WKT files).
 *
 * <h2>Names accepted by {@link #parse(String)}</h2>
 * <table>
 *   <caption>specification → CRS</caption>
 *   <tr><th>specification</th><th>CRS</th></tr>
 *   <tr><td>{@code vn2000:quang-ninh}, {@code vn2000:Quảng Ninh}, {@code vn2000:22}</td>
 *       <td>VN-2000 / TM-3 107-45 (the province's central meridian, by name or GSO code; see {@link Vn2000Province})</td></tr>
 *   <tr><td>{@code vn2000:tm3:107.75}, {@code vn2000:tm3:107-45}</td>
 *       <td>VN-2000 / TM-3 at that meridian (a multiple of 15′ between 102° and 110°)</td></tr>
 *   <tr><td>{@code vn2000:utm48}, {@code vn2000:utm49}</td><td>EPSG:3405, EPSG:3406</td></tr>
 *   <tr><td>{@code vn2000}</td><td>EPSG:4756, VN-2000 longitude/latitude</td></tr>
 *   <tr><td>{@code hn72}</td><td>EPSG:4147, Hanoi 1972 longitude/latitude</td></tr>
 *   <tr><td>{@code wgs84}, {@code CRS84}, {@code urn:ogc:def:crs:OGC:1.3:CRS84}</td><td>EPSG:4326</td></tr>
 *   <tr><td>{@code EPSG:5899}, {@code urn:ogc:def:crs:EPSG::5899}, {@code http://www.opengis.net/def/crs/EPSG/0/5899}</td>
 *       <td>a code of the built-in table: 4326, 4756, 3405, 3406, 5896-5899, 9205-9218, 4147, 2044, 2045, 2093,
 *       26986, 2154</td></tr>
 *   <tr><td>{@code +proj=tmerc +lon_0=...}</td><td>a raw proj string</td></tr>
 * </table>
 *
 * <h2>VN-2000 datum shift</h2>
 * Every VN-2000 CRS carries the 7-parameter shift of EPSG:6960 in PROJ's position-vector form:
 * {@value #VN2000_TOWGS84}. EPSG publishes the rotations in the coordinate-frame convention (rX −0.00928836″,
 * rY +0.01975479″, rZ −0.00427372″); pasting those signs into {@code +towgs84} puts points about 0.74 m off,
 * so a raw proj string carrying them is rejected with a message saying to flip the rotation signs. The deprecated
 * EPSG:6956-6959, whose false easting and northing are swapped, are rejected too.
 *
 * <h2>HN-72 datum shift</h2>
 * All HN-72 CRSs carry {@code +towgs84=-17.51,-108.32,-62.39,0,0,0,0} (EPSG:1544 "Hanoi 1972 to WGS 84 (1)",
 * the only published transformation, accuracy 5 m, defined for the Vũng Tàu area); PROJ attaches it to
 * EPSG:2093 only, leaving EPSG:4147, 2044 and 2045 without a shift, which would misplace them by about 100 m
 * against VN-2000.
 *
 * <h2>Examples</h2>
 * <pre>{@code
 * Crs qn = Crs.parse("vn2000:quang-ninh");   // id "vn2000:quang-ninh", epsgCode 5899
 * qn.equals(Crs.parse("EPSG:5899"));          // true: equality is by definition, not by name
 * Crs.parse("EPSG:6959");                     // IllegalArgumentException: deprecated, FE/FN swapped
 * Crs.parse("vn2000:tm3:107.7");              // IllegalArgumentException: not a multiple of 15'
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. Equality and hash code depend on the proj definition only.
 */
public final class Crs {
    /** VN-2000's {@code +towgs84} (EPSG:6960 in PROJ's position-vector convention), exactly as PROJ emits it. */
    public static final String VN2000_TOWGS84 =
            "+towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278";

    /** HN-72's {@code +towgs84} (EPSG:1544). */
    public static final String HN72_TOWGS84 = "+towgs84=-17.51,-108.32,-62.39,0,0,0,0";

    /** WGS 84 longitude/latitude in degrees (EPSG:4326, x = longitude). */
    public static final Crs WGS84 = CrsCatalog.epsg(4326);

    /** VN-2000 longitude/latitude in degrees (EPSG:4756). */
    public static final Crs VN2000 = CrsCatalog.epsg(4756);

    private final String id;
    private final String title;
    private final String proj;
    private final int epsg;
    private final CoordinateReferenceSystem definition;

    Crs(String id, String title, String proj, int epsg, CoordinateReferenceSystem definition) {
        this.id = id;
        this.title = title;
        this.proj = proj;
        this.epsg = epsg;
        this.definition = definition;
    }

    /**
     * {@return the CRS a specification names (see the table in the class comment)} Letter case and surrounding blanks
     * are
     * ignored in names and codes.
     *
     * @throws NullPointerException     if {@code spec} is null
     * @throws IllegalArgumentException if the specification names no CRS known here, a deprecated one, or a proj
     *                                  string proj4j cannot read; the message says what is accepted
     * @param spec a name ({@code vn2000-qn}), an EPSG code ({@code EPSG:9210}) or a proj string
     */
    public static Crs parse(String spec) {
        Objects.requireNonNull(spec, "spec");
        return CrsCatalog.parse(spec);
    }

    /**
     * {@return the CRS of a code in the built-in EPSG table}
     *
     * @throws IllegalArgumentException for a code outside the table or a deprecated code
     * @param code the EPSG code, e.g. {@code 9210}
     */
    public static Crs epsg(int code) {
        return CrsCatalog.epsg(code);
    }

    /**
     * VN-2000 / TM-3 at a central meridian (scale 0.9999, false easting 500 km), e.g. {@code 107.75} for
     * Quảng Ninh.
     *
     * @throws IllegalArgumentException unless the meridian is a multiple of 0.25° between 102° and 110°
     * @param centralMeridianDegrees the zone's central meridian, in degrees east
     * @return the CRS of that VN-2000 zone
     */
    public static Crs vn2000Tm3(double centralMeridianDegrees) {
        return CrsCatalog.vn2000Tm3(centralMeridianDegrees);
    }

    /**
     * {@return the CRS defined by a proj string (e.g. {@code +proj=tmerc +lon_0=106 ...})}
     *
     * @throws IllegalArgumentException if proj4j cannot read it, or it carries VN-2000's rotations with
     *                                  EPSG's coordinate-frame signs, or the deprecated swapped false origin
     * @param projString the proj string
     */
    public static Crs fromProj(String projString) {
        Objects.requireNonNull(projString, "projString");
        return CrsCatalog.fromProj(projString);
    }

    /**
     * {@return the name this CRS was asked for, in canonical form, e.g. {@code EPSG:5899} or {@code vn2000:quang-ninh}}
     */
    public String id() {
        return id;
    }

    /** {@return a human title, e.g. {@code VN-2000 / TM-3 107-45 (Quảng Ninh)}} */
    public String title() {
        return title;
    }

    /** {@return the proj definition string} */
    public String proj() {
        return proj;
    }

    /** {@return the EPSG code of this definition, when the built-in table has one} */
    public OptionalInt epsgCode() {
        return epsg > 0 ? OptionalInt.of(epsg) : OptionalInt.empty();
    }

    /** {@return true for longitude/latitude systems (coordinates in degrees), false for projected ones (metres)} */
    public boolean isGeographic() {
        return Boolean.TRUE.equals(definition.isGeographic());
    }

    CoordinateReferenceSystem definition() {
        return definition;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Crs other && other.proj.equals(proj);
    }

    @Override
    public int hashCode() {
        return proj.hashCode();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (%s)", id, title);
    }
}
