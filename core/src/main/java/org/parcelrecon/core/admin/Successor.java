package org.parcelrecon.core.admin;

import java.util.Objects;

/**
 * A unit from 1 July 2025 that took over (all or part of) a unit from before, with the clause of
 * Resolution 1679/NQ-UBTVQH15 Art. 1 that says so.
 *
 * <p>Example: old Phường Hà Khẩu (06655) has two successors, Phường Tuần Châu 06706 (clause 36)
 * and Phường Việt Hưng 06661 (clause 37).
 *
 * @param unit   the new unit (period {@link Period#FROM_2025_07_01})
 * @param clause the clause number in Art. 1 of the resolution (Resolution 1679/NQ-UBTVQH15 has 1 to 54)
 */
public record Successor(AdminUnit unit, int clause) {
    /**
     * Checks that the unit is a current one and that the clause number starts at 1.
     *
     * @param unit the new unit (period {@link Period#FROM_2025_07_01})
     * @param clause the clause number in Art. 1 of the resolution (Resolution 1679/NQ-UBTVQH15 has 1 to 54)
     */
    public Successor {
        Objects.requireNonNull(unit, "unit");
        if (unit.period() != Period.FROM_2025_07_01) {
            throw new IllegalArgumentException("a successor must be a unit from 1 Jul 2025, got " + unit);
        }
        if (clause < 1) {
            throw new IllegalArgumentException("clause numbers start at 1, got " + clause);
        }
    }
}
