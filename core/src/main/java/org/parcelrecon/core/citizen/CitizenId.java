package org.parcelrecon.core.citizen;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A parsed citizen identifier: what was given, what it is, what its digits say, what was repaired and what is
 * wrong. Made by {@link CitizenIds#parse(String)}; see there for the rules, the repairs and worked examples.
 *
 * <p>Which parts are present:
 * <ul>
 *   <li>{@link #kind()} and {@link #normalized()} are present exactly when a 12-digit or 9-digit string was
 *       obtained (possibly after certain repairs), even if the number has other problems such as an unknown
 *       province: the digits are then shown as they are, for a person to check.</li>
 *   <li>For a {@link CitizenIdKind#CCCD CCCD}, {@link #gender()} and {@link #birthYear()} are always decoded
 *       from digits 4-6, and {@link #birthProvince()} is present when digits 1-3 are one of the 63 codes.
 *       For a {@link CitizenIdKind#CMND CMND} all three are empty: nothing is decoded from it.</li>
 * </ul>
 *
 * <p>Examples:
 * <pre>
 * "022190012345"     CCCD 022190012345, Quảng Ninh, FEMALE, 1990; valid; no repairs
 * "022 190 012 345"  same; repairs [SEPARATORS_REMOVED]
 * "22190012345"      same; repairs [LEADING_ZEROS_RESTORED]
 * "2.21900E+10"      no kind; problems [DIGITS_LOST]
 * "099190012345"     CCCD 099190012345, no province, FEMALE, 1990; problems [UNKNOWN_PROVINCE]
 * "100123456"        CMND 100123456; valid
 * </pre>
 *
 * <p>Personal data: {@link #toString()} shows the masked number only ({@code 022*******45}), so a logged
 * {@code CitizenId} does not leak it; {@link #input()} and {@link #normalized()} give the full values to
 * callers that ask for them.
 *
 * @param input        the raw value as given
 * @param kind         CCCD or CMND, when a digit string of that length was obtained
 * @param normalized   the 12 or 9 ASCII digits, leading zeros included
 * @param birthProvince the old (pre-2025) province of birth registration named by digits 1-3 of a CCCD
 * @param gender       the sex coded in digit 4 of a CCCD
 * @param birthYear    the birth year coded in digits 4-6 of a CCCD
 * @param repairs      the certain repairs made, in {@link IdRepair} order; empty if the input was clean
 * @param problems     why the identifier is not valid; empty if it is
 */
public record CitizenId(String input, Optional<CitizenIdKind> kind, Optional<String> normalized,
                        Optional<BirthProvince> birthProvince, Optional<Gender> gender, OptionalInt birthYear,
                        List<IdRepair> repairs, List<IdProblem> problems) {

    /**
     * Checks the invariants: no nulls; kind and normalized present together with the kind's digit count;
     * nothing decoded for a CMND; sex and birth year decoded for a CCCD; a result without a kind has a problem.
     *
     * @param input the raw value as given
     * @param kind CCCD or CMND, when a digit string of that length was obtained
     * @param normalized the 12 or 9 ASCII digits, leading zeros included
     * @param birthProvince the old (pre-2025) province of birth registration named by digits 1-3 of a CCCD
     * @param gender the sex coded in digit 4 of a CCCD
     * @param birthYear the birth year coded in digits 4-6 of a CCCD
     * @param repairs the certain repairs made, in {@link IdRepair} order; empty if the input was clean
     * @param problems why the identifier is not valid; empty if it is
     */
    public CitizenId {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(normalized, "normalized");
        Objects.requireNonNull(birthProvince, "birthProvince");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(birthYear, "birthYear");
        repairs = List.copyOf(repairs);
        problems = List.copyOf(problems);
        if (kind.isPresent() != normalized.isPresent()) {
            throw new IllegalArgumentException("kind and normalized must be both present or both empty");
        }
        if (kind.isEmpty() && problems.isEmpty()) {
            throw new IllegalArgumentException("a citizen ID without a kind must say why in problems");
        }
        if (kind.isPresent()) {
            int length = kind.get() == CitizenIdKind.CCCD ? 12 : 9;
            String digits = normalized.get();
            if (digits.length() != length || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException(
                        "normalized must be " + length + " ASCII digits for " + kind.get() + ", got "
                                + CitizenIds.mask(digits));
            }
        }
        boolean cccd = kind.isPresent() && kind.get() == CitizenIdKind.CCCD;
        if (!cccd && (birthProvince.isPresent() || gender.isPresent() || birthYear.isPresent())) {
            throw new IllegalArgumentException("birth province, gender and birth year are decoded from a CCCD only");
        }
        if (cccd && (gender.isEmpty() || birthYear.isEmpty())) {
            throw new IllegalArgumentException("a CCCD always has a gender and a birth year");
        }
    }

    /**
     * {@return whether the identifier is usable as it stands (after repairs): a kind was found and there is no problem}
     */
    public boolean isValid() {
        return kind.isPresent() && problems.isEmpty();
    }

    /** {@return whether any repair was made; {@link #repairs()} says which} */
    public boolean repaired() {
        return !repairs.isEmpty();
    }

    /**
     * {@return whether one of the problems has this code}
     *
     * @param code the problem looked for
     */
    public boolean hasProblem(IdProblemCode code) {
        Objects.requireNonNull(code, "code");
        for (IdProblem p : problems) {
            if (p.code() == code) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@return the identifier masked for reports and logs: {@link CitizenIds#mask(String)} of the normalized digits
     * ({@code 022*******45}, {@code 10*****56}), or of the raw input when there are none}
     */
    public String masked() {
        return CitizenIds.mask(normalized.orElse(input));
    }

    /** A description with the number masked, e.g. {@code CitizenId[022*******45 CCCD valid]}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("CitizenId[").append(masked());
        kind.ifPresent(k -> b.append(' ').append(k));
        b.append(isValid() ? " valid" : " invalid");
        if (!repairs.isEmpty()) {
            b.append(" repairs=").append(repairs);
        }
        if (!problems.isEmpty()) {
            b.append(" problems=[");
            for (int i = 0; i < problems.size(); i++) {
                b.append(i == 0 ? "" : ", ").append(problems.get(i).code()).append(": ")
                        .append(problems.get(i).message());
            }
            b.append(']');
        }
        return b.append(']').toString();
    }
}
