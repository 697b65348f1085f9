package org.parcelrecon.core.evidence;

import java.util.Objects;

/**
 * The key a register record and its map parcel share: commune, map sheet (số tờ) and plot (số thửa).
 *
 * <p>Plain text fields, already normalised by the reader (leading zeros, spacing). The commune code is
 * kept twice: as the register wrote it, and as of today, after the 2025 merger of administrative units;
 * the two are equal when the commune was not merged.
 * <pre>
 *   new RecordKey("06979", "06979", "12", "345")   commune not merged
 *   new RecordKey("07072", "07069", "4", "88")     an old commune code, and the code it has today
 *   new RecordKey("06979", "06979", "", "345")     IllegalArgumentException: blank sheet
 * </pre>
 *
 * @param communeCodeAsWritten the commune code as the register (or the map, for a parcel nobody registered) wrote it; may be blank
 * @param communeCode          the commune code as of today; not blank
 * @param sheet                the map sheet number (số tờ bản đồ); not blank
 * @param plot                 the plot number (số thửa); not blank
 */
public record RecordKey(String communeCodeAsWritten, String communeCode, String sheet, String plot) {
    /**
     * Checks that no field is null and that commune code, sheet and plot are not blank.
     *
     * @param communeCodeAsWritten the commune code as the register (or the map, for a parcel nobody registered) wrote
     *     it; may be blank
     * @param communeCode the commune code as of today; not blank
     * @param sheet the map sheet number (số tờ bản đồ); not blank
     * @param plot the plot number (số thửa); not blank
     */
    public RecordKey {
        Objects.requireNonNull(communeCodeAsWritten, "communeCodeAsWritten");
        Checks.notBlank(communeCode, "communeCode");
        Checks.notBlank(sheet, "sheet");
        Checks.notBlank(plot, "plot");
    }

    /**
     * {@return a key whose commune code was written as it is today}
     *
     * @param communeCode the commune code as of today; not blank
     * @param sheet the map sheet number (số tờ bản đồ); not blank
     * @param plot the plot number (số thửa); not blank
     */
    public static RecordKey of(String communeCode, String sheet, String plot) {
        return new RecordKey(communeCode, communeCode, sheet, plot);
    }

    /** {@return whether the register wrote a commune code other than today's (e.g. a pre-2025 code)} */
    public boolean communeCodeChanged() {
        return !communeCodeAsWritten.equals(communeCode);
    }

    /** {@code communeCode/sheet/plot}, e.g. {@code 06979/12/345}. */
    @Override
    public String toString() {
        return communeCode + "/" + sheet + "/" + plot;
    }
}
