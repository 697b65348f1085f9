package org.parcelrecon.matching.keys;

/** Parses the date forms found in registers into ISO keys, without exceptions: the {@code date} and {@code year} functions. */
final class DateKeys {
    // any four-digit year: FEBRL-style data has births before 1800, and a year the key cannot read is a null level
    private static final int MIN_YEAR = 1000;
    private static final int MAX_YEAR = 9999;

    private DateKeys() {
    }

    /** {@code yyyy-MM-dd}, {@code yyyy-MM} or {@code yyyy}; empty when not a real date. */
    static String isoDate(String v) {
        int[] ymd = parse(v);
        if (ymd == null || (ymd[2] > 0 && ymd[2] > daysIn(ymd[0], ymd[1]))) {
            return "";
        }
        StringBuilder b = new StringBuilder(10).append(ymd[0]);
        if (ymd[1] > 0) {
            b.append('-').append(ymd[1] < 10 ? "0" : "").append(ymd[1]);
            if (ymd[2] > 0) {
                b.append('-').append(ymd[2] < 10 ? "0" : "").append(ymd[2]);
            }
        }
        return b.toString();
    }

    /** The year, also of a date whose day is impossible; empty when none can be read. */
    static String year(String v) {
        int[] ymd = parse(v);
        return ymd == null ? "" : Integer.toString(ymd[0]);
    }

    /** Year, month and day (month or day 0 when absent), or null. Day validity is checked by the callers. */
    static int[] parse(String raw) {
        String v = raw.trim();
        int n = v.length();
        if (n == 4 && allDigits(v)) {
            return withYear(number(v, 0, 4), 0, 0);
        }
        if (n == 8 && allDigits(v)) {
            return checked(number(v, 0, 4), number(v, 4, 6), number(v, 6, 8));
        }
        // Split into up to three numbers on / - . or space; a trailing time ("1971-06-24 00:00:00") is dropped.
        int space = v.indexOf(' ');
        if (space > 0 && v.indexOf(':') > space) {
            v = v.substring(0, space);
            n = v.length();
        }
        int[] parts = new int[3];
        int[] widths = new int[3];
        int count = 0;
        int i = 0;
        while (i < n) {
            if (count == 3) {
                return null;
            }
            int start = i;
            while (i < n && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
                i++;
            }
            if (i == start || i - start > 4) {
                return null;
            }
            parts[count] = number(v, start, i);
            widths[count] = i - start;
            count++;
            if (i < n) {
                char sep = v.charAt(i);
                if (sep != '/' && sep != '-' && sep != '.') {
                    return null;
                }
                i++;
                if (i == n) {
                    return null;
                }
            }
        }
        if (count == 3) {
            if (widths[0] == 4) {
                // Year first: month then day, unless the month cannot be one and the day can (1992-14-11).
                if (parts[1] > 12 && parts[2] <= 12) {
                    return checked(parts[0], parts[2], parts[1]);
                }
                return checked(parts[0], parts[1], parts[2]);
            }
            if (widths[2] != 4) {
                return null;
            }
            int a = parts[0];
            int b = parts[1];
            if (b > 12 && a <= 12) {
                return checked(parts[2], a, b);
            }
            return checked(parts[2], b, a);
        }
        if (count == 2) {
            if (widths[0] == 4) {
                return checked(parts[0], parts[1], 0);
            }
            if (widths[1] == 4) {
                return checked(parts[1], parts[0], 0);
            }
        }
        return null;
    }

    private static int[] checked(int y, int m, int d) {
        if (m < 1 || m > 12 || d < 0 || d > 31) {
            return null;
        }
        return withYear(y, m, d);
    }

    private static int[] withYear(int y, int m, int d) {
        if (y < MIN_YEAR || y > MAX_YEAR) {
            return null;
        }
        return new int[] {y, m, d};
    }

    private static int daysIn(int y, int m) {
        switch (m) {
            case 2:
                return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    private static boolean allDigits(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !v.isEmpty();
    }

    private static int number(String v, int from, int to) {
        int x = 0;
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            x = x * 10 + (c - '0');
        }
        return x;
    }
}
