package org.parcelrecon.core.evidence;

/**
 * Evidence for tests: a clean record (register, map and population agree) to start from, and builders
 * pre-filled with its values so that a test changes only what it is about.
 */
public final class EvidenceFixtures {
    public static final RecordKey KEY = RecordKey.of("06979", "12", "345");
    public static final String CITIZEN_ID = "022062001234";

    private EvidenceFixtures() {
    }

    /** Nguyễn Văn An, born 1962, CCCD 022062001234. */
    public static Citizen citizen() {
        return Citizen.of(CITIZEN_ID, "CCCD", "Nguyễn Văn An", 1962);
    }

    /** A confident link to {@link #citizen()}: 0.98, runner-up 0.10. */
    public static UserLink.Builder link() {
        return UserLink.builder(citizen(), 0.98)
                .explain("name", "exact after folding", 6.2)
                .explain("birth_year", "exact", 3.1)
                .runnerUpProbability(0.10);
    }

    /** The land user as the register wrote him, linked to {@link #citizen()}. */
    public static LandUser.Builder user() {
        return LandUser.builder("Nguyễn Văn An").birthYear(1962).idNumber(CITIZEN_ID).link(link().build());
    }

    /** Line 17: 120.0 m², ODT, certificate CN 719597, one linked land user. */
    public static RegisterRow.Builder row() {
        return RegisterRow.builder()
                .sourceLine(17)
                .registeredAreaM2(120.0)
                .landUseCode("ODT")
                .certificateSerial("CN 719597");
    }

    /** {@link #row()} with {@link #user()}. */
    public static RegisterRow.Builder rowWithUser() {
        return row().addLandUser(user().build());
    }

    /** The map parcel: 121.0 m², sheet 12, plot 345. */
    public static MapParcel mapParcel() {
        return MapParcel.of("QN-06979-12-345", 121.0, "12", "345");
    }

    /** A clean record: one row with its user, its map parcel, unchanged since the old survey. */
    public static Evidence.Builder evidence() {
        return Evidence.builder(KEY)
                .addRow(rowWithUser().build())
                .addMapParcel(mapParcel())
                .change(ParcelChange.builder(ChangeClass.UNCHANGED).areaChangePercent(0.2).addOldParcelId("QN-2012-12-345").build());
    }

    /** {@link #evidence()}, built. */
    public static Evidence clean() {
        return evidence().build();
    }

    /** A record with the given row and the clean map parcel and change. */
    public static Evidence withRow(RegisterRow row) {
        return Evidence.builder(KEY).addRow(row).addMapParcel(mapParcel())
                .change(ParcelChange.builder(ChangeClass.UNCHANGED).build()).build();
    }
}
