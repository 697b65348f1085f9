package org.parcelrecon.core.admin;

import java.time.LocalDate;

/**
 * The generation of administrative units a unit (and its code) belongs to.
 *
 * <p>The same 5-digit code can belong to different units in different periods: code 06652 was
 * Phường Hà Phong before 1 July 2025 and is Phường Hà Tu from that day. A code therefore only
 * names a unit together with its period.
 */
public enum Period {
    /**
     * Units that disappeared in the 2024 arrangement (177 → 171 units, effective 1 Nov 2024 per the
     * labelling of a public data release; not verified). Where they went is not known here.
     */
    RETIRED_2024,
    /** The 171 units in force until 30 June 2025 (under 13 district-level units). */
    BEFORE_2025_07_01,
    /** The 54 units in force from 1 July 2025 (Resolution 1679/NQ-UBTVQH15), directly under the province. */
    FROM_2025_07_01;

    /** The day the 2025 arrangement took effect: 1 July 2025. */
    public static final LocalDate MERGER_DATE = LocalDate.of(2025, 7, 1);
}
