package org.parcelrecon.core.citizen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The 63 province codes of the CCCD prefix, loaded once from {@code provinces.csv} beside this class.
 * Lookup by prefix is an array index (the hot path of {@link CitizenIds#parse}); iteration is in code order.
 * Immutable and thread-safe.
 */
final class ProvinceTable {
    static final String RESOURCE = "provinces.csv";
    private static final String HEADER = "gso_code,cccd_prefix,name,full_name,vn2000_tm3_central_meridian,"
            + "central_meridian_deg,epsg_tm3_crs,province_code_from_2025-07-01,province_name_from_2025-07-01";
    private static final int COLUMNS = 9;

    private static final ProvinceTable INSTANCE = load();

    /** Indexed by the prefix as a number, 0..999; null where the code does not exist. */
    private final BirthProvince[] byCode;
    private final List<BirthProvince> inOrder;

    private ProvinceTable(List<BirthProvince> provinces) {
        this.byCode = new BirthProvince[1000];
        for (BirthProvince p : provinces) {
            int code = Integer.parseInt(p.cccdPrefix());
            if (byCode[code] != null) {
                throw new IllegalStateException(RESOURCE + ": duplicate cccd_prefix " + p.cccdPrefix());
            }
            byCode[code] = p;
        }
        List<BirthProvince> sorted = new ArrayList<>();
        for (BirthProvince p : byCode) {
            if (p != null) {
                sorted.add(p);
            }
        }
        this.inOrder = List.copyOf(sorted);
    }

    static ProvinceTable get() {
        return INSTANCE;
    }

    /** The province for three ASCII digits at {@code s[from..from+3)}, or null. No allocation. */
    BirthProvince at(CharSequence s, int from) {
        int code = 0;
        for (int i = from; i < from + 3; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            code = code * 10 + (c - '0');
        }
        return byCode[code];
    }

    Optional<BirthProvince> find(String prefix) {
        if (prefix.length() != 3) {
            return Optional.empty();
        }
        return Optional.ofNullable(at(prefix, 0));
    }

    List<BirthProvince> all() {
        return inOrder;
    }

    private static ProvinceTable load() {
        InputStream in = ProvinceTable.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("resource " + RESOURCE + " missing beside " + ProvinceTable.class.getName());
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return new ProvinceTable(parse(r));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
        }
    }

    static List<BirthProvince> parse(BufferedReader r) throws IOException {
        List<BirthProvince> out = new ArrayList<>();
        boolean headerSeen = false;
        int lineNumber = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!line.equals(HEADER)) {
                    throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": unexpected header " + line);
                }
                headerSeen = true;
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != COLUMNS) {
                throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": expected " + COLUMNS
                        + " columns, found " + f.length);
            }
            try {
                out.add(new BirthProvince(f[1], f[0], f[2], f[3], f[7], f[8]));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
        return out;
    }
}
