package org.parcelrecon.core.finding;

import java.util.Objects;

/**
 * The stable, machine-readable reason of a finding, e.g. {@code AREA_MISMATCH}.
 *
 * <p>A reason code is a value, not an enum, so host systems can add their own
 * ({@code ReasonCode.of("RESIDENTIAL_OVER_LIMIT")}); the built-in codes are the constants below.
 * Codes appear in reports and run history and are compared across runs, so a code, once
 * published, keeps its meaning.
 *
 * <p>Form: an upper-case ASCII letter followed by up to 63 upper-case letters, digits or
 * underscores.
 * <pre>
 *   ReasonCode.of("AREA_MISMATCH")   → AREA_MISMATCH
 *   ReasonCode.of("X1")              → X1
 *   ReasonCode.of("area_mismatch")   → IllegalArgumentException (lower case)
 *   ReasonCode.of("")                → IllegalArgumentException
 * </pre>
 *
 * @param value the code, e.g. {@code "AREA_MISMATCH"}
 */
public record ReasonCode(String value) implements Comparable<ReasonCode> {
    /** The register has the record, the cadastral map has no parcel for its key. */
    public static final ReasonCode MAP_PARCEL_MISSING = new ReasonCode("MAP_PARCEL_MISSING");
    /** The cadastral map has a parcel that no register row names. */
    public static final ReasonCode REGISTER_ROW_MISSING = new ReasonCode("REGISTER_ROW_MISSING");
    /** Register rows under one key describe different parcels. */
    public static final ReasonCode DUPLICATE_KEY = new ReasonCode("DUPLICATE_KEY");
    /** Registered area and map area differ by more than the allowed tolerance. */
    public static final ReasonCode AREA_MISMATCH = new ReasonCode("AREA_MISMATCH");
    /** The parcel was split, merged, re-parcelled or modified between the survey periods. */
    public static final ReasonCode PARCEL_CHANGED_SINCE_SURVEY = new ReasonCode("PARCEL_CHANGED_SINCE_SURVEY");
    /** The parcel's sheet or plot number changed between the survey periods. */
    public static final ReasonCode RENUMBERED = new ReasonCode("RENUMBERED");
    /** A land user has no identity: not linked to any citizen, or no land user recorded at all. */
    public static final ReasonCode USER_NOT_FOUND = new ReasonCode("USER_NOT_FOUND");
    /** A land user's best citizen and the runner-up are too close to tell apart. */
    public static final ReasonCode USER_AMBIGUOUS = new ReasonCode("USER_AMBIGUOUS");
    /** A land user's name differs from the linked citizen's. */
    public static final ReasonCode USER_NAME_MISMATCH = new ReasonCode("USER_NAME_MISMATCH");
    /** A land user's birth year differs from the linked citizen's. */
    public static final ReasonCode USER_BIRTH_YEAR_MISMATCH = new ReasonCode("USER_BIRTH_YEAR_MISMATCH");
    /** The land-use code is missing, retired or not a land-use code. */
    public static final ReasonCode LAND_USE_MISMATCH = new ReasonCode("LAND_USE_MISMATCH");
    /** The register wrote a commune code other than today's, e.g. one from before the 1 July 2025 merger. */
    public static final ReasonCode OLD_ADMIN_CODE = new ReasonCode("OLD_ADMIN_CODE");
    /** The certificate serial matches none of the known forms. */
    public static final ReasonCode CERTIFICATE_SERIAL_INVALID = new ReasonCode("CERTIFICATE_SERIAL_INVALID");
    /** A land user's ID number is not a valid CCCD or CMND. */
    public static final ReasonCode USER_ID_INVALID = new ReasonCode("USER_ID_INVALID");
    /** A land user is recorded only by an old 9-digit CMND. */
    public static final ReasonCode USER_ID_OUTDATED = new ReasonCode("USER_ID_OUTDATED");
    /** The same land user is written twice under one key (a copied register row). */
    public static final ReasonCode DUPLICATE_ROW = new ReasonCode("DUPLICATE_ROW");
    /** A cell of a register row could not be read as its column's type, so its field is unknown. */
    public static final ReasonCode CELL_UNREADABLE = new ReasonCode("CELL_UNREADABLE");
    /** The polygon of a map parcel the record resolved to is not valid (self-intersecting, unclosed, ...). */
    public static final ReasonCode MAP_GEOMETRY_INVALID = new ReasonCode("MAP_GEOMETRY_INVALID");
    /** Register text in a legacy font encoding (TCVN3, VNI) was converted to Unicode. */
    public static final ReasonCode LEGACY_ENCODING_FIXED = new ReasonCode("LEGACY_ENCODING_FIXED");

    private static final int MAX_LENGTH = 64;

    /**
     * Checks the form; throws {@link IllegalArgumentException} naming the value when it is wrong.
     *
     * @param value the code, e.g. {@code "AREA_MISMATCH"}
     */
    public ReasonCode {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("reason code must be an upper-case letter followed by up to "
                    + (MAX_LENGTH - 1) + " upper-case letters, digits or '_', e.g. AREA_MISMATCH; got \"" + value + "\"");
        }
    }

    /**
     * {@return the code with this value}
     *
     * @param value the code, e.g. {@code "AREA_MISMATCH"}
     */
    public static ReasonCode of(String value) {
        return new ReasonCode(value);
    }

    private static boolean isWellFormed(String s) {
        int n = s.length();
        if (n == 0 || n > MAX_LENGTH || s.charAt(0) < 'A' || s.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int compareTo(ReasonCode other) {
        return value.compareTo(other.value);
    }

    /** The code itself, e.g. {@code AREA_MISMATCH}. */
    @Override
    public String toString() {
        return value;
    }
}
