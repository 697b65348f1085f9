package org.parcelrecon.core.landuse;

import java.util.Objects;
import java.util.Optional;

/**
 * One land-use type code (mã loại đất) with its names, whether it is in the 2024 list, and what an old code maps to.
 *
 * <p>Examples from the bundled table:
 * <table>
 *   <caption>Rows</caption>
 *   <tr><th>code</th><th>status</th><th>mapsTo</th><th>confidence</th></tr>
 *   <tr><td>ONT (Đất ở tại nông thôn)</td><td>CURRENT_AND_OLD</td><td>empty</td><td>HIGH</td></tr>
 *   <tr><td>CNT (Đất chăn nuôi tập trung)</td><td>CURRENT (new in 2024)</td><td>empty</td><td>HIGH</td></tr>
 *   <tr><td>BHK</td><td>OLD</td><td>HNK</td><td>MEDIUM (one source)</td></tr>
 *   <tr><td>LUN (upland rice)</td><td>OLD</td><td>LUK (best mapping)</td><td>LOW</td></tr>
 *   <tr><td>DDT</td><td>OLD</td><td>DDD, a guess</td><td>LOW</td></tr>
 *   <tr><td>SKK</td><td>OLD (2024 status not established)</td><td>empty</td><td>LOW</td></tr>
 * </table>
 *
 * @param code       three upper-case ASCII letters, e.g. {@code "ONT"}
 * @param nameVi     the Vietnamese name, e.g. {@code "Đất ở tại nông thôn"}
 * @param nameEn     an English gloss, e.g. {@code "Rural residential land"}; group codes end in {@code "(group)"}
 * @param status     whether the code is in the 2024 list, the pre-2024 list, or both
 * @param mapsTo     for an {@link Status#OLD} code, the 2024 code suggested in its place, if any
 * @param confidence how well the row is sourced: {@link Confidence#LOW} marks a pre-2024 code whose 2024 status
 *                   is not established, or a mapping that is a best guess
 */
public record LandUseCode(String code, String nameVi, String nameEn, Status status, Optional<Mapping> mapsTo,
                          Confidence confidence) {
    /**
     * Checks that no component is null, the code is three upper-case ASCII letters, and only a retired code maps
     * to another.
     *
     * @param code three upper-case ASCII letters, e.g. {@code "ONT"}
     * @param nameVi the Vietnamese name, e.g. {@code "Đất ở tại nông thôn"}
     * @param nameEn an English gloss, e.g. {@code "Rural residential land"}; group codes end in {@code "(group)"}
     * @param status whether the code is in the 2024 list, the pre-2024 list, or both
     * @param mapsTo for an {@link Status#OLD} code, the 2024 code suggested in its place, if any
     * @param confidence how well the row is sourced: {@link Confidence#LOW} marks a pre-2024 code whose 2024 status is
     *     not established, or a mapping that is a best guess
     */
    public LandUseCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameVi, "nameVi");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(mapsTo, "mapsTo");
        Objects.requireNonNull(confidence, "confidence");
        if (!code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("land-use code must be 3 upper-case ASCII letters, got '" + code + "'");
        }
        if (mapsTo.isPresent() && status != Status.OLD) {
            throw new IllegalArgumentException(code + " is in the 2024 list and cannot map to another code");
        }
    }

    /** {@return whether the code is in the list in force from 1 Aug 2024 (Circular 08/2024/TT-BTNMT Appendix II §A)} */
    public boolean isCurrent() {
        return status != Status.OLD;
    }

    /** Which list(s) a code is in. */
    public enum Status {
        /** Only in the 2024 list (new codes such as CNT). */
        CURRENT,
        /** Only in the pre-2024 list. */
        OLD,
        /** In both lists (possibly with a changed name, e.g. LUC, LUK). */
        CURRENT_AND_OLD
    }

    /** How well a row is sourced (the table's {@code confidence} column). */
    public enum Confidence {
        /** Several independent reproductions agree. */
        HIGH,
        /** One source, or sources that agree only partly. */
        MEDIUM,
        /** A pre-2024 code whose 2024 status is not established, or a best-guess mapping. */
        LOW
    }

    /**
     * The 2024 code suggested for an old one.
     *
     * @param code  three upper-case letters, e.g. {@code "HNK"}
     * @param guess whether the table itself marks the mapping as a guess ({@code "DDD?"}); such a target may not
     *              even be in the table (DDD is not)
     */
    public record Mapping(String code, boolean guess) {
        /**
         * Checks that the code is three upper-case ASCII letters.
         *
         * @param code three upper-case letters, e.g. {@code "HNK"}
         * @param guess whether the table itself marks the mapping as a guess ({@code "DDD?"}); such a target may not
         *     even be in the table (DDD is not)
         */
        public Mapping {
            Objects.requireNonNull(code, "code");
            if (!code.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException("mapped code must be 3 upper-case ASCII letters, got '" + code + "'");
            }
        }
    }
}
