package org.parcelrecon.core.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a commune code found in a record means, from {@link AdministrativeUnits#resolve(String)} or
 * {@link AdministrativeUnits#resolve(String, java.time.LocalDate)}.
 *
 * <table>
 *   <caption>Variants (Quảng Ninh examples)</caption>
 *   <tr><th>variant</th><th>when</th><th>example</th></tr>
 *   <tr><td>{@link Current}</td><td>a code of a unit from 1 Jul 2025 (also the alias 06978)</td>
 *       <td>{@code 06978} → Xã Ba Chẽ 06970, via alias</td></tr>
 *   <tr><td>{@link Full}</td><td>a pre-2025 code whose whole unit went into one new unit</td>
 *       <td>{@code 06649} P. Hà Khánh → P. Cao Xanh 06658 (cl. 41)</td></tr>
 *   <tr><td>{@link Partial}</td><td>a pre-2025 code of a unit split across several new units:
 *       the code alone cannot place a parcel; geometry or hamlet is needed</td>
 *       <td>{@code 06655} P. Hà Khẩu → Tuần Châu 06706 (cl. 36) or Việt Hưng 06661 (cl. 37)</td></tr>
 *   <tr><td>{@link Retired}</td><td>a code that disappeared in 2024; destination unknown</td>
 *       <td>{@code 06682} P. Yết Kiêu</td></tr>
 *   <tr><td>{@link DependsOnDate}</td><td>only from the undated {@code resolve}: the code is both
 *       a pre-2025 code and a current code (true of all 54 current codes; in 21 the names differ)</td>
 *       <td>{@code 06652}: old P. Hà Phong (→ Hà Tu) or new P. Hà Tu</td></tr>
 *   <tr><td>{@link Unknown}</td><td>not a code, or no unit has it</td><td>{@code "12345"}, {@code "06a52"}</td></tr>
 * </table>
 *
 * <p>All variants are immutable records.
 */
public sealed interface CommuneResolution {

    /**
     * {@return the units from 1 July 2025 this code can lead to, in clause order, without duplicates: one for
     * {@link Current} and {@link Full}, several for {@link Partial}, the union of both readings for
     * {@link DependsOnDate}, none for {@link Retired} and {@link Unknown}}
     */
    List<AdminUnit> currentCandidates();

    /** {@return the single unit from 1 July 2025 this code leads to, if there is exactly one candidate} */
    default Optional<AdminUnit> currentUnit() {
        List<AdminUnit> candidates = currentCandidates();
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /** A reading of the code as a pre-2025 code: {@link Full}, {@link Partial} or {@link Retired}. */
    sealed interface OldCode extends CommuneResolution {
        /** {@return the unit the code named before 1 July 2025 (or before its retirement in 2024)} */
        AdminUnit old();
    }

    /**
     * The code is the code of a unit in force from 1 July 2025.
     *
     * @param code the code as read (5 digits), which differs from {@code unit.code()} only for an alias
     * @param unit the unit, period {@link Period#FROM_2025_07_01}
     */
    record Current(String code, AdminUnit unit) implements CommuneResolution {
        /**
         * Checks that no component is null.
         *
         * @param code the code as read (5 digits), which differs from {@code unit.code()} only for an alias
         * @param unit the unit, period {@link Period#FROM_2025_07_01}
         */
        public Current {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(unit, "unit");
        }

        /** {@return whether the code is an accepted alias rather than the preferred code (06978 for Ba Chẽ 06970)} */
        public boolean viaAlias() {
            return !code.equals(unit.code());
        }

        @Override
        public List<AdminUnit> currentCandidates() {
            return List.of(unit);
        }
    }

    /**
     * A pre-2025 code whose whole unit went into exactly one new unit.
     *
     * @param old       the unit before 1 July 2025
     * @param successor the new unit and the resolution clause
     */
    record Full(AdminUnit old, Successor successor) implements OldCode {
        /**
         * Checks that no component is null.
         *
         * @param old the unit before 1 July 2025
         * @param successor the new unit and the resolution clause
         */
        public Full {
            Objects.requireNonNull(old, "old");
            Objects.requireNonNull(successor, "successor");
        }

        @Override
        public List<AdminUnit> currentCandidates() {
            return List.of(successor.unit());
        }
    }

    /**
     * A pre-2025 code of a unit split across several new units (12 cases in Quảng Ninh). Records from
     * such a commune cannot be placed in a new unit by code alone.
     *
     * @param old        the unit before 1 July 2025
     * @param successors two or more new units, each with its clause, in clause order
     */
    record Partial(AdminUnit old, List<Successor> successors) implements OldCode {
        /**
         * Checks the unit and copies the successors, of which a split unit has at least two.
         *
         * @param old the unit before 1 July 2025
         * @param successors two or more new units, each with its clause, in clause order
         */
        public Partial {
            Objects.requireNonNull(old, "old");
            successors = List.copyOf(successors);
            if (successors.size() < 2) {
                throw new IllegalArgumentException("a split unit has at least two successors, got " + successors);
            }
        }

        @Override
        public List<AdminUnit> currentCandidates() {
            return successors.stream().map(Successor::unit).distinct().toList();
        }
    }

    /**
     * A code of a unit that disappeared in 2024, before the 2025 arrangement. Where its territory went is
     * not known here, so no successor is offered.
     *
     * @param old the retired unit, period {@link Period#RETIRED_2024}
     */
    record Retired(AdminUnit old) implements OldCode {
        /**
         * Checks that the unit is not null.
         *
         * @param old the retired unit, period {@link Period#RETIRED_2024}
         */
        public Retired {
            Objects.requireNonNull(old, "old");
        }

        @Override
        public List<AdminUnit> currentCandidates() {
            return List.of();
        }
    }

    /**
     * The code is a pre-2025 code and a current code at once, and without a date it is not known which
     * was meant. Returned only by the undated {@link AdministrativeUnits#resolve(String)}.
     *
     * <p>The destination may still be clear: old 06652 (Hà Phong) and new 06652 (Hà Tu) both lead to new
     * Hà Tu, so {@link #currentUnit()} is present; but the old unit (which matters for map-sheet numbers,
     * numbered per old commune) is not. For old 06799 (Hải Hòa, split) the candidates are Hải Hòa and Hải Lạng.
     *
     * @param asOld     the reading as a pre-2025 code
     * @param asCurrent the reading as a current code
     */
    record DependsOnDate(OldCode asOld, Current asCurrent) implements CommuneResolution {
        /**
         * Checks that neither reading is null.
         *
         * @param asOld the reading as a pre-2025 code
         * @param asCurrent the reading as a current code
         */
        public DependsOnDate {
            Objects.requireNonNull(asOld, "asOld");
            Objects.requireNonNull(asCurrent, "asCurrent");
        }

        @Override
        public List<AdminUnit> currentCandidates() {
            List<AdminUnit> all = new ArrayList<>(asOld.currentCandidates());
            if (!all.contains(asCurrent.unit())) {
                all.add(asCurrent.unit());
            }
            return List.copyOf(all);
        }
    }

    /**
     * The text is not a commune code, or no unit has this code.
     *
     * @param codeAsWritten the input as given
     * @param reason        why, in English, e.g. {@code "no Quảng Ninh unit has code 12345"}
     */
    record Unknown(String codeAsWritten, String reason) implements CommuneResolution {
        /**
         * Checks that neither part is null.
         *
         * @param codeAsWritten the input as given
         * @param reason why, in English, e.g. {@code "no Quảng Ninh unit has code 12345"}
         */
        public Unknown {
            Objects.requireNonNull(codeAsWritten, "codeAsWritten");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public List<AdminUnit> currentCandidates() {
            return List.of();
        }
    }
}
