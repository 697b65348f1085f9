package org.parcelrecon.geometry.crs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A province (one of the 63 units before 2025-07-01) and the central meridian of its VN-2000 TM-3 zone, from the
 * table shipped as {@code vn2000_tm3_provinces.csv} (EPSG area of use, agreeing with Circular 973/2001/TT-TCĐC).
 *
 * <p>Lookup by {@link #find(String)} ignores letter case, diacritics, spaces and hyphens, and accepts the full name
 * ({@code "Tỉnh Quảng Ninh"}), the GSO code ({@code "22"}) and a few common aliases:
 * <pre>{@code
 * find("quang-ninh")       -> Quảng Ninh, 107.75, EPSG:5899
 * find("QUANG NINH")       -> Quảng Ninh
 * find("22")               -> Quảng Ninh
 * find("thua-thien-hue")   -> Huế, 107.0 (alias of the former name)
 * find("hcm"), find("tp-hcm"), find("sai-gon")  -> Hồ Chí Minh, 105.75
 * find("ha-tay")           -> Hà Nội, 105.0 (merged into Hà Nội in 2008)
 * find("Đà Lạt")           -> empty (a city, not a province)
 * }</pre>
 * Provinces merged on 2025-07-01 keep the meridian of the former province on existing cadastral drawings, so
 * look the map up by the province it was drawn in.
 *
 * @param gsoCode         two-digit GSO province code, e.g. {@code "22"}
 * @param name            short name, e.g. {@code "Quảng Ninh"}
 * @param fullName        full name, e.g. {@code "Tỉnh Quảng Ninh"}
 * @param centralMeridian TM-3 central meridian in degrees east, e.g. {@code 107.75}
 * @param epsgCode        EPSG code of the province's TM-3 CRS, e.g. {@code 5899}
 */
public record Vn2000Province(String gsoCode, String name, String fullName, double centralMeridian, int epsgCode) {
    private static final String RESOURCE = "vn2000_tm3_provinces.csv";
    private static final List<Vn2000Province> ALL = load();
    private static final Map<String, Vn2000Province> BY_KEY = index(ALL);

    /**
     * Checks that no component is null.
     *
     * @param gsoCode two-digit GSO province code, e.g. {@code "22"}
     * @param name short name, e.g. {@code "Quảng Ninh"}
     * @param fullName full name, e.g. {@code "Tỉnh Quảng Ninh"}
     * @param centralMeridian TM-3 central meridian in degrees east, e.g. {@code 107.75}
     * @param epsgCode EPSG code of the province's TM-3 CRS, e.g. {@code 5899}
     */
    public Vn2000Province {
        Objects.requireNonNull(gsoCode, "gsoCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fullName, "fullName");
    }

    /** {@return all 63 provinces, in GSO code order} */
    public static List<Vn2000Province> all() {
        return ALL;
    }

    /**
     * {@return the province a name, full name, alias or GSO code designates, if any}
     *
     * @param nameOrCode a name ({@code "Quảng Ninh"}, diacritics optional), an alias or a GSO code ({@code "22"})
     */
    public static Optional<Vn2000Province> find(String nameOrCode) {
        Objects.requireNonNull(nameOrCode, "nameOrCode");
        return Optional.ofNullable(BY_KEY.get(key(nameOrCode)));
    }

    /** {@return the province's TM-3 CRS, named {@code vn2000:<slug>}} */
    public Crs crs() {
        return CrsCatalog.province(this);
    }

    /** {@return the name without diacritics, lower case, words joined by hyphens, e.g. {@code quang-ninh}} */
    public String slug() {
        return slugOf(name);
    }

    static String slugOf(String s) {
        String folded = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String key(String s) {
        String slug = slugOf(s).replace("-", "");
        return slug.matches("\\d") ? "0" + slug : slug;
    }

    private static Map<String, Vn2000Province> index(List<Vn2000Province> all) {
        Map<String, Vn2000Province> m = new TreeMap<>();
        for (Vn2000Province p : all) {
            m.put(key(p.name), p);
            m.put(key(p.fullName), p);
            m.put(p.gsoCode, p);
        }
        alias(m, "thua-thien-hue", "46");
        alias(m, "tinh-thua-thien-hue", "46");
        alias(m, "hcm", "79");
        alias(m, "tp-hcm", "79");
        alias(m, "tp-ho-chi-minh", "79");
        alias(m, "sai-gon", "79");
        alias(m, "ha-tay", "01");
        alias(m, "brvt", "77");
        return Map.copyOf(m);
    }

    private static void alias(Map<String, Vn2000Province> m, String alias, String code) {
        m.put(key(alias), m.get(code));
    }

    private static List<Vn2000Province> load() {
        try (InputStream in = Vn2000Province.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the parcelrecon-geometry jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Vn2000Province> out = new ArrayList<>();
            boolean header = true;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(",", -1);
                out.add(new Vn2000Province(f[0], f[1], f[2], Double.parseDouble(f[3]),
                        Integer.parseInt(f[4].substring("EPSG:".length()))));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
        }
    }
}
