package org.parcelrecon.core.name;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.parcelrecon.core.text.VietnameseText;

/**
 * One person's name in Vietnamese order: family name first, then middle names, then the given name.
 *
 * <p>Examples (from {@link PersonNames#parse(String)}):
 * <pre>
 *   "NGUYỄN VĂN AN"        family "Nguyễn",  middle ["Văn"],        given "An"
 *   "tran thi thu  huong"  family "Tran",    middle ["Thi", "Thu"], given "Huong"
 *   "Lê Hoa"               family "Lê",      middle [],             given "Hoa"
 *   "Hoa"                  family "",        middle [],             given "Hoa"
 *   "Tôn Nữ Minh Châu"     family "Tôn Nữ",  middle ["Minh"],       given "Châu"
 * </pre>
 *
 * @param family  family name (họ), title-cased; empty when the name has a single word
 * @param middle  middle names (tên đệm / tên lót), in order, possibly empty
 * @param given   given name (tên), never empty
 */
public record PersonName(String family, List<String> middle, String given) {
    /**
     * Checks the parts and copies the middle names; the given name is never blank.
     *
     * @param family family name (họ), title-cased; empty when the name has a single word
     * @param middle middle names (tên đệm / tên lót), in order, possibly empty
     * @param given given name (tên), never empty
     */
    public PersonName {
        Objects.requireNonNull(family, "family");
        middle = List.copyOf(middle);
        Objects.requireNonNull(given, "given");
        if (given.isBlank()) {
            throw new IllegalArgumentException("given name is blank (family '" + family + "')");
        }
    }

    /** {@return the full name as written in Vietnamese order, single-spaced, e.g. {@code "Nguyễn Văn An"}} */
    public String fullName() {
        StringBuilder b = new StringBuilder();
        if (!family.isEmpty()) {
            b.append(family).append(' ');
        }
        for (String m : middle) {
            b.append(m).append(' ');
        }
        return b.append(given).toString();
    }

    /**
     * Middle names joined by a space, or the empty string.
     *
     * @return the middle names as one string
     */
    public String middleJoined() {
        return middle.stream().collect(Collectors.joining(" "));
    }

    /**
     * ASCII key of the full name: {@code "nguyen van an"}. Equal for spellings that differ only in diacritics.
     *
     * @return the folded full name
     */
    public String folded() {
        return VietnameseText.fold(fullName());
    }

    @Override
    public String toString() {
        return fullName();
    }
}
