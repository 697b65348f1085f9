package org.parcelrecon.reconcile.read;

import org.parcelrecon.core.citizen.CitizenIds;

/**
 * Masks every run of eight or more digits in a text (a raw row, a cell), as ID numbers are masked everywhere:
 * {@code "12,Nguyễn Văn An,022190012345"} becomes {@code "12,Nguyễn Văn An,022*******45"}. Shorter numbers (areas,
 * sheet and plot numbers, years) stay readable.
 */
public final class IdMasking {
    private IdMasking() {
    }

    /** The text with each run of 8 or more ASCII digits masked by {@link CitizenIds#mask}. */
    public static String maskIds(String text) {
        StringBuilder out = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                i++;
                continue;
            }
            int j = i;
            while (j < n && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                j++;
            }
            if (j - i >= 8) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                    out.append(text, 0, i);
                }
                out.append(CitizenIds.mask(text.substring(i, j)));
            } else if (out != null) {
                out.append(text, i, j);
            }
            i = j;
            if (out != null && i < n && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
                int k = i;
                while (k < n && (text.charAt(k) < '0' || text.charAt(k) > '9')) {
                    k++;
                }
                out.append(text, i, k);
                i = k;
            }
        }
        return out == null ? text : out.toString();
    }
}
