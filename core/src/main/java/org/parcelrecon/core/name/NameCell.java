package org.parcelrecon.core.name;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parcelrecon.core.text.TextEncoding;

/**
 * What one register cell of land-user names holds, once parsed.
 *
 * <p>A cell may name several people ({@code "Ông Nguyễn Văn An và bà Trần Thị Bình"} gives two
 * names) and carry titles that are not part of any name ({@code "Hộ ông"}, {@code "Vợ chồng"}).
 * A cell that holds no usable name has no names and a {@link #problem()}. A cell naming an organisation
 * ({@code "Công ty TNHH Minh Phát"}, {@code "UBND xã Hải Hòa"}) is not split into person names: it has no
 * names and {@link #organization()} is true, since organisations are land users too but are not in the
 * population registry.
 *
 * @param input            the cell exactly as given
 * @param normalized       the cell after decoding, NFC and whitespace normalisation
 * @param detectedEncoding the encoding the cell was written in
 * @param names            the people named, in the order written
 * @param titles           the titles and prefixes removed, as written (normalised), in order
 * @param organization     whether the cell names an organisation rather than people
 * @param problem          why no name or part of a name could be used, when that happened
 */
public record NameCell(String input, String normalized, TextEncoding detectedEncoding, List<PersonName> names,
                       List<String> titles, boolean organization, Optional<String> problem) {
    /**
     * Checks that nothing is null and copies the lists.
     *
     * @param input the cell exactly as given
     * @param normalized the cell after decoding, NFC and whitespace normalisation
     * @param detectedEncoding the encoding the cell was written in
     * @param names the people named, in the order written
     * @param titles the titles and prefixes removed, as written (normalised), in order
     * @param organization whether the cell names an organisation rather than people
     * @param problem why no name or part of a name could be used, when that happened
     */
    public NameCell {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(normalized, "normalized");
        Objects.requireNonNull(detectedEncoding, "detectedEncoding");
        names = List.copyOf(names);
        titles = List.copyOf(titles);
        Objects.requireNonNull(problem, "problem");
    }

    /** {@return true when the cell names an organisation, or at least one person and nothing left unexplained} */
    public boolean isValid() {
        return problem.isEmpty() && (organization || !names.isEmpty());
    }

    /** {@return the first person named (the one a single-person field means), if any} */
    public Optional<PersonName> first() {
        return names.isEmpty() ? Optional.empty() : Optional.of(names.get(0));
    }
}
