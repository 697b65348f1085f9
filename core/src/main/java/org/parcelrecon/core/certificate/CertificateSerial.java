package org.parcelrecon.core.certificate;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.parcelrecon.core.text.VietnameseText;

/**
 * A parsed certificate serial (số phát hành) or book number (số vào sổ): what was given, its canonical form,
 * its parts, its kind and what is wrong. Made by {@link CertificateSerials#parse(String)}; see there for the
 * rules and examples.
 *
 * <p>Which parts are present:
 * <ul>
 *   <li>{@link #letters()} and {@link #digits()}: whenever the input had the shape letters-then-digits, or only
 *       one of the two, even with wrong counts; empty when unexpected characters hide the shape.</li>
 *   <li>{@link #kind()} and {@link #normalized()}: exactly when there is no problem.</li>
 * </ul>
 *
 * <p>Examples: {@code "bd-123456"} gives normalized {@code "BD 123456"} and {@code "bđ 123456"} gives
 * {@code "BĐ 123456"} (Đ is kept where it was written, never invented); both have the {@link #key()}
 * {@code "BD123456"}.
 *
 * @param input      the raw value as given
 * @param kind       the form it matches, when valid
 * @param normalized upper-case letters, one space, the digits with their leading zeros, e.g. {@code "CS 01234"}
 * @param letters    the letter prefix, upper case, Đ kept, e.g. {@code "BĐ"}
 * @param digits     the digits, leading zeros kept (they are part of the number), e.g. {@code "01234"}
 * @param problems   why it is not valid; empty if it is
 */
public record CertificateSerial(String input, Optional<CertificateSerialKind> kind, Optional<String> normalized,
                                Optional<String> letters, Optional<String> digits, List<SerialProblem> problems) {

    /**
     * Checks that nothing is null, that kind, normalized and "no problems" go together, and the parts agree.
     *
     * @param input the raw value as given
     * @param kind the form it matches, when valid
     * @param normalized upper-case letters, one space, the digits with their leading zeros, e.g. {@code "CS 01234"}
     * @param letters the letter prefix, upper case, Đ kept, e.g. {@code "BĐ"}
     * @param digits the digits, leading zeros kept (they are part of the number), e.g. {@code "01234"}
     * @param problems why it is not valid; empty if it is
     */
    public CertificateSerial {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(normalized, "normalized");
        Objects.requireNonNull(letters, "letters");
        Objects.requireNonNull(digits, "digits");
        problems = List.copyOf(problems);
        if (kind.isPresent() != normalized.isPresent() || kind.isPresent() != problems.isEmpty()) {
            throw new IllegalArgumentException("kind and normalized must be present exactly when there is no problem");
        }
        if (normalized.isPresent()) {
            if (letters.isEmpty() || digits.isEmpty()) {
                throw new IllegalArgumentException("a valid serial has letters and digits");
            }
            String expected = letters.get() + " " + digits.get();
            if (!normalized.get().equals(expected)) {
                throw new IllegalArgumentException(
                        "normalized must be \"" + expected + "\", got \"" + normalized.get() + "\"");
            }
        }
    }

    /** {@return whether the string matches one of the known forms ({@link #kind()} is present)} */
    public boolean isValid() {
        return problems.isEmpty();
    }

    /**
     * {@return whether one of the problems has this code}
     *
     * @param code the problem looked for
     */
    public boolean hasProblem(SerialProblemCode code) {
        Objects.requireNonNull(code, "code");
        for (SerialProblem p : problems) {
            if (p.code() == code) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@return a key for comparing serials typed with and without diacritics: the normalized form folded to ASCII
     * ({@code Đ} to {@code D}) without the space, e.g. {@code "BD123456"} for both {@code "BĐ 123456"} and
     * {@code "BD 123456"}} Empty when not valid. Two different serials can share a key only if one has {@code Đ}
     * where the other has {@code D}.
     */
    public Optional<String> key() {
        return normalized.map(n -> VietnameseText.fold(letters.orElseThrow()).toUpperCase(Locale.ROOT)
                + digits.orElseThrow());
    }
}
