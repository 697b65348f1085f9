package org.parcelrecon.reconcile.read;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.parcelrecon.core.text.VietnameseText;

/** Finds which column of a header holds which field: by the field's recognised names, or as the caller maps it. */
final class Headers {
    private Headers() {
    }

    /** A header name folded for comparison: {@code "Số tờ"}, {@code "so_to"} and {@code "SoTo"} all give {@code "soto"}. */
    static String fold(String name) {
        String folded = VietnameseText.fold(name.strip()).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The column index of each field found: a field the caller mapped takes the column of that name (exact, else
     * folded); any other field takes the first column whose folded name is one of its recognised names.
     *
     * @throws IOException if a mapped column is not in the header (naming the file, the column and the header)
     */
    static <F extends Enum<F>> EnumMap<F, Integer> resolve(String file, List<String> header, Class<F> type,
                                                           Function<F, List<String>> names, Map<F, String> mapped)
            throws IOException {
        EnumMap<F, Integer> found = new EnumMap<>(type);
        for (Map.Entry<F, String> e : mapped.entrySet()) {
            int i = header.indexOf(e.getValue());
            if (i < 0) {
                String want = fold(e.getValue());
                for (int j = 0; j < header.size() && i < 0; j++) {
                    if (fold(header.get(j)).equals(want)) {
                        i = j;
                    }
                }
            }
            if (i < 0) {
                throw new IOException(file + ": the column '" + e.getValue() + "' given for "
                        + e.getKey().name().toLowerCase(Locale.ROOT) + " is not in the header " + header);
            }
            found.put(e.getKey(), i);
        }
        for (F field : type.getEnumConstants()) {
            if (found.containsKey(field)) {
                continue;
            }
            for (int j = 0; j < header.size() && !found.containsKey(field); j++) {
                String h = fold(header.get(j));
                if (found.containsValue(j)) {
                    continue;
                }
                for (String n : names.apply(field)) {
                    if (fold(n).equals(h)) {
                        found.put(field, j);
                        break;
                    }
                }
            }
        }
        return found;
    }
}
