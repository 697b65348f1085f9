package org.parcelrecon.core.evidence;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A citizen from the population registry, as far as scoring needs one.
 * <pre>
 *   new Citizen("022190001234", "CCCD", "Nguyễn Văn An", OptionalInt.of(1962))
 *   new Citizen("100123456", "CMND", "Trần Thị Hồng", OptionalInt.empty())   birth year unknown
 * </pre>
 *
 * @param idNumber  the ID number as the registry holds it (shown masked in findings unless asked otherwise)
 * @param idKind    the kind of ID, as {@code org.parcelrecon.core.citizen} names it: {@code "CCCD"} (12 digits)
 *                  or {@code "CMND"} (old 9 digits); other kinds are kept as given
 * @param name      the full name as the registry holds it
 * @param birthYear the year of birth, when known
 */
public record Citizen(String idNumber, String idKind, String name, OptionalInt birthYear) {
    /**
     * Checks that nothing is null, ID and name are not blank, and the year has four digits.
     *
     * @param idNumber the ID number as the registry holds it (shown masked in findings unless asked otherwise)
     * @param idKind the kind of ID, as {@code org.parcelrecon.core.citizen} names it: {@code "CCCD"} (12 digits) or
     *     {@code "CMND"} (old 9 digits); other kinds are kept as given
     * @param name the full name as the registry holds it
     * @param birthYear the year of birth, when known
     */
    public Citizen {
        Checks.notBlank(idNumber, "idNumber");
        Checks.notBlank(idKind, "idKind");
        Checks.notBlank(name, "name");
        Objects.requireNonNull(birthYear, "birthYear");
        if (birthYear.isPresent()) {
            Checks.birthYear(birthYear.getAsInt(), "birthYear");
        }
    }

    /**
     * {@return a citizen whose birth year is known}
     *
     * @param idNumber the ID number as the registry holds it (shown masked in findings unless asked otherwise)
     * @param idKind the kind of ID, as {@code org.parcelrecon.core.citizen} names it: {@code "CCCD"} (12 digits) or
     *     {@code "CMND"} (old 9 digits); other kinds are kept as given
     * @param name the full name as the registry holds it
     * @param birthYear the year of birth, when known
     */
    public static Citizen of(String idNumber, String idKind, String name, int birthYear) {
        return new Citizen(idNumber, idKind, name, OptionalInt.of(birthYear));
    }

    /**
     * {@return a citizen whose birth year is unknown}
     *
     * @param idNumber the ID number as the registry holds it (shown masked in findings unless asked otherwise)
     * @param idKind the kind of ID, as {@code org.parcelrecon.core.citizen} names it: {@code "CCCD"} (12 digits) or
     *     {@code "CMND"} (old 9 digits); other kinds are kept as given
     * @param name the full name as the registry holds it
     */
    public static Citizen of(String idNumber, String idKind, String name) {
        return new Citizen(idNumber, idKind, name, OptionalInt.empty());
    }
}
