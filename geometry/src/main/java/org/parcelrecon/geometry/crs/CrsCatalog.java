package org.parcelrecon.geometry.crs;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.Proj4jException;

/** The built-in EPSG table and the parser of CRS specifications. See {@link Crs} for the accepted forms. */
final class CrsCatalog {
    private static final String VN2000_TOWGS84 = Crs.VN2000_TOWGS84;
    private static final String HN72 = "+ellps=krass " + Crs.HN72_TOWGS84;

    /** The rotations as EPSG publishes them (coordinate frame): wrong in a {@code +towgs84}. */
    private static final double[] VN2000_UNFLIPPED_ROTATIONS = {-0.00928836, 0.01975479, -0.00427372};
    private static final double[] VN2000_TRANSLATIONS = {-191.90441429, -39.30318279, -111.45032835};

    private static final Pattern EPSG = Pattern.compile(
            "(?:epsg:|urn:ogc:def:crs:epsg:[0-9.]*:|https?://www\\.opengis\\.net/def/crs/epsg/[0-9.]+/)(\\d+)");
    private static final Pattern TM3 = Pattern.compile("vn2000:tm-?3:(\\d{3})(?:([.]\\d+)|-(\\d{1,2}))?");
    private static final Pattern UTM = Pattern.compile("vn2000:utm:?(48|49)n?");

    private static final Pattern TOWGS84 = Pattern.compile("\\+towgs84=([^ ]+)");
    private static final Pattern SWAPPED_ORIGIN =
            Pattern.compile("^(?=.*\\+proj=tmerc\\b)(?=.*\\+k=0\\.9999\\b)(?=.*\\+x_0=0(?:\\s|$))(?=.*\\+y_0=500000\\b)");

    private static final Map<Integer, Entry> TABLE = table();

    private record Entry(String title, String proj) {
    }

    private CrsCatalog() {
    }

    static Crs parse(String spec) {
        String s = spec.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (s.startsWith("+")) {
            return fromProj(s);
        }
        Matcher m = EPSG.matcher(lower);
        if (m.matches()) {
            return epsg(parseCode(m.group(1), spec));
        }
        switch (lower) {
            case "wgs84", "wgs 84", "crs84", "urn:ogc:def:crs:ogc:1.3:crs84", "urn:ogc:def:crs:ogc::crs84",
                 "http://www.opengis.net/def/crs/ogc/1.3/crs84":
                return epsg(4326);
            case "vn2000", "vn-2000":
                return epsg(4756);
            case "hn72", "hn-72":
                return epsg(4147);
            default:
                break;
        }
        m = TM3.matcher(lower);
        if (m.matches()) {
            double meridian = Integer.parseInt(m.group(1));
            if (m.group(2) != null) {
                meridian += Double.parseDouble("0" + m.group(2));
            } else if (m.group(3) != null) {
                int minutes = Integer.parseInt(m.group(3));
                if (minutes >= 60) {
                    throw new IllegalArgumentException("CRS '" + spec + "': minutes must be below 60");
                }
                meridian += minutes / 60.0;
            }
            return vn2000Tm3(meridian, s);
        }
        m = UTM.matcher(lower);
        if (m.matches()) {
            return rename(epsg(m.group(1).equals("48") ? 3405 : 3406), "vn2000:utm" + m.group(1), null);
        }
        if (lower.startsWith("vn2000:") || lower.startsWith("vn-2000:")) {
            String province = s.substring(s.indexOf(':') + 1);
            Optional<Vn2000Province> p = Vn2000Province.find(province);
            if (p.isPresent()) {
                return province(p.get());
            }
            throw new IllegalArgumentException("CRS '" + spec + "': no province of Vietnam (63 units before"
                    + " 2025-07-01) is called '" + province + "'; write it like vn2000:quang-ninh, or give the"
                    + " meridian (vn2000:tm3:107.75) or GSO code (vn2000:22)");
        }
        throw new IllegalArgumentException("CRS '" + spec + "' is not known: use vn2000:<province>,"
                + " vn2000:tm3:<meridian>, vn2000:utm48|utm49, vn2000, hn72, wgs84, EPSG:<code> for a code in "
                + TABLE.keySet() + ", or a proj string starting with +proj=");
    }

    static Crs epsg(int code) {
        if (code >= 6956 && code <= 6959) {
            throw new IllegalArgumentException("EPSG:" + code + " is deprecated: its false easting and northing are"
                    + " swapped (x_0=0, y_0=500000); use EPSG:" + (code - 6956 + 5896)
                    + " or vn2000:tm3:<meridian> instead");
        }
        Entry e = TABLE.get(code);
        if (e == null) {
            throw new IllegalArgumentException("EPSG:" + code + " is not in parcelrecon's built-in table " + TABLE.keySet()
                    + "; pass its proj string instead (projinfo -o PROJ EPSG:" + code + ")");
        }
        return new Crs("EPSG:" + code, e.title(), e.proj(), code, create("EPSG:" + code, e.proj()));
    }

    static Crs vn2000Tm3(double meridian) {
        return vn2000Tm3(meridian, null);
    }

    private static Crs vn2000Tm3(double meridian, String spec) {
        double quarters = meridian * 4;
        if (!(meridian >= 102 && meridian <= 110) || quarters != Math.rint(quarters)) {
            throw new IllegalArgumentException("VN-2000 TM-3 central meridian " + (spec == null ? meridian : spec)
                    + " is not a multiple of 15' (0.25 degrees) between 102 and 110 degrees east");
        }
        String deg = plain(meridian);
        String proj = tm3Proj(meridian);
        int code = codeOf(proj);
        return new Crs("vn2000:tm3:" + deg, tm3Title(meridian), proj, code, create("vn2000:tm3:" + deg, proj));
    }

    static Crs province(Vn2000Province p) {
        Crs tm3 = vn2000Tm3(p.centralMeridian());
        return rename(tm3, "vn2000:" + p.slug(), tm3.title() + " (" + p.name() + ")");
    }

    static Crs fromProj(String projString) {
        String proj = projString.strip().replaceAll("\\s+", " ");
        if (proj.isEmpty()) {
            throw new IllegalArgumentException("empty proj string");
        }
        checkTraps(proj);
        int code = codeOf(proj);
        return new Crs(proj, code > 0 ? TABLE.get(code).title() : "custom", proj, code, create("custom", proj));
    }

    private static Crs rename(Crs crs, String id, String title) {
        return new Crs(id, title == null ? crs.title() : title, crs.proj(), crs.epsgCode().orElse(0), crs.definition());
    }

    private static int parseCode(String digits, String spec) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("CRS '" + spec + "': EPSG code out of range", e);
        }
    }

    private static CoordinateReferenceSystem create(String name, String proj) {
        try {
            return new CRSFactory().createFromParameters(name, proj);
        } catch (Proj4jException | IllegalArgumentException | IllegalStateException e) {
            throw new IllegalArgumentException("proj4j cannot read the proj string '" + proj + "': " + e.getMessage(), e);
        }
    }

    private static void checkTraps(String proj) {
        Matcher m = TOWGS84.matcher(proj);
        if (m.find()) {
            String[] parts = m.group(1).split(",");
            if (parts.length == 7 && near(parts, 0, VN2000_TRANSLATIONS) && near(parts, 3, VN2000_UNFLIPPED_ROTATIONS)) {
                throw new IllegalArgumentException("the proj string carries VN-2000's rotations with EPSG's"
                        + " coordinate-frame signs (" + m.group(1) + "); +towgs84 takes the position-vector"
                        + " convention: flip the three rotation signs, i.e. use " + VN2000_TOWGS84
                        + " (otherwise points land about 0.74 m off)");
            }
        }
        if (SWAPPED_ORIGIN.matcher(proj).find()) {
            throw new IllegalArgumentException("the proj string has the false easting and northing swapped"
                    + " (x_0=0, y_0=500000) like the deprecated EPSG:6956-6959; VN-2000 TM-3 uses x_0=500000 y_0=0");
        }
    }

    private static boolean near(String[] parts, int from, double[] expected) {
        for (int i = 0; i < expected.length; i++) {
            double v;
            try {
                v = Double.parseDouble(parts[from + i]);
            } catch (NumberFormatException e) {
                return false;
            }
            if (Math.abs(v - expected[i]) > 1e-6) {
                return false;
            }
        }
        return true;
    }

    private static int codeOf(String proj) {
        for (Map.Entry<Integer, Entry> e : TABLE.entrySet()) {
            if (e.getValue().proj().equals(proj)) {
                return e.getKey();
            }
        }
        return 0;
    }

    static String plain(double degrees) {
        return BigDecimal.valueOf(degrees).stripTrailingZeros().toPlainString();
    }

    private static String tm3Proj(double meridian) {
        return "+proj=tmerc +lat_0=0 +lon_0=" + plain(meridian) + " +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 "
                + VN2000_TOWGS84 + " +units=m +no_defs";
    }

    private static String tm3Title(double meridian) {
        int deg = (int) Math.floor(meridian);
        int min = (int) Math.round((meridian - deg) * 60);
        return String.format(Locale.ROOT, "VN-2000 / TM-3 %d-%02d", deg, min);
    }

    private static Map<Integer, Entry> table() {
        Map<Integer, Entry> t = new TreeMap<>();
        t.put(4326, new Entry("WGS 84", "+proj=longlat +datum=WGS84 +no_defs"));
        t.put(4756, new Entry("VN-2000", "+proj=longlat +ellps=WGS84 " + VN2000_TOWGS84 + " +no_defs"));
        t.put(3405, new Entry("VN-2000 / UTM zone 48N",
                "+proj=utm +zone=48 +ellps=WGS84 " + VN2000_TOWGS84 + " +units=m +no_defs"));
        t.put(3406, new Entry("VN-2000 / UTM zone 49N",
                "+proj=utm +zone=49 +ellps=WGS84 " + VN2000_TOWGS84 + " +units=m +no_defs"));
        t.put(5896, new Entry("VN-2000 / TM-3 zone 481", tm3Proj(102)));
        t.put(5897, new Entry("VN-2000 / TM-3 zone 482", tm3Proj(105)));
        t.put(5898, new Entry("VN-2000 / TM-3 zone 491", tm3Proj(108)));
        t.put(5899, new Entry("VN-2000 / TM-3 107-45", tm3Proj(107.75)));
        double[] meridians = {103, 104, 104.5, 104.75, 105.5, 105.75, 106, 106.25, 106.5, 107, 107.25, 107.5, 108.25, 108.5};
        for (int i = 0; i < meridians.length; i++) {
            t.put(9205 + i, new Entry(tm3Title(meridians[i]), tm3Proj(meridians[i])));
        }
        t.put(4147, new Entry("Hanoi 1972", "+proj=longlat " + HN72 + " +no_defs"));
        t.put(2044, new Entry("Hanoi 1972 / Gauss-Kruger zone 18",
                "+proj=tmerc +lat_0=0 +lon_0=105 +k=1 +x_0=18500000 +y_0=0 " + HN72 + " +units=m +no_defs"));
        t.put(2045, new Entry("Hanoi 1972 / Gauss-Kruger zone 19",
                "+proj=tmerc +lat_0=0 +lon_0=111 +k=1 +x_0=19500000 +y_0=0 " + HN72 + " +units=m +no_defs"));
        t.put(2093, new Entry("Hanoi 1972 / GK 106 NE",
                "+proj=tmerc +lat_0=0 +lon_0=106 +k=1 +x_0=500000 +y_0=0 " + HN72 + " +units=m +no_defs"));
        t.put(26986, new Entry("NAD83 / Massachusetts Mainland",
                "+proj=lcc +lat_0=41 +lon_0=-71.5 +lat_1=42.6833333333333 +lat_2=41.7166666666667 +x_0=200000"
                        + " +y_0=750000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs"));
        t.put(2154, new Entry("RGF93 v1 / Lambert-93",
                "+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80"
                        + " +towgs84=0,0,0,0,0,0,0 +units=m +no_defs"));
        return Collections.unmodifiableMap(t);
    }
}
