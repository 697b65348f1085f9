package org.parcelrecon.matching;

/** Allocation-free reading of the ISO dates that the {@code date} key function makes. */
final class IsoDates {
    private IsoDates() {
    }

    /** Days since 1970-01-01 of {@code yyyy-MM-dd}, or {@link Feature#NO_DATE} for anything else. */
    static int epochDay(CharSequence iso) {
        if (iso.length() != 10 || iso.charAt(4) != '-' || iso.charAt(7) != '-') {
            return Feature.NO_DATE;
        }
        int y = number(iso, 0, 4);
        int m = number(iso, 5, 7);
        int d = number(iso, 8, 10);
        if (y < 0 || m < 1 || m > 12 || d < 1 || d > 31) {
            return Feature.NO_DATE;
        }
        // Days from the civil calendar (proleptic Gregorian), counting years from March.
        int yy = m <= 2 ? y - 1 : y;
        int era = Math.floorDiv(yy, 400);
        int yoe = yy - era * 400;
        int doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    /** Whether two ISO dates have the same year and day and month swapped (and differ). */
    static boolean dayMonthSwapped(char[] a, char[] b) {
        if (a.length != 10 || b.length != 10) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        boolean swapped = a[5] == b[8] && a[6] == b[9] && a[8] == b[5] && a[9] == b[6];
        boolean same = a[5] == b[5] && a[6] == b[6] && a[8] == b[8] && a[9] == b[9];
        return swapped && !same;
    }

    private static int number(CharSequence v, int from, int to) {
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
