package org.parcelrecon.testkit.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.parcelrecon.core.evidence.ChangeClass;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.LegacyText;
import org.parcelrecon.core.evidence.MapParcel;
import org.parcelrecon.core.evidence.ParcelChange;
import org.parcelrecon.core.evidence.RecordKey;
import org.parcelrecon.core.evidence.RegisterRow;
import org.parcelrecon.core.text.TextEncoding;
import org.parcelrecon.core.text.VietnameseText;

/**
 * The evidence of one parcel, built fluently from a realistic clean start ({@link EvidenceSamples}) by changing
 * only what a test is about. Immutable: each {@code with...} method returns a new sample, so a sample can be a
 * constant shared by many tests.
 * <pre>{@code
 * EvidenceSamples.cleanParcel()                       // 06652/12/345: 120.0 m² ODT, map 120.3 m², one linked user
 *         .withRegisteredArea(650)                    // the register says 650 m²
 *         .withMapArea(652)                           // and so does the map
 *         .withLandUseCode("ONT")
 *         .toEvidence();
 * cleanParcel().withArea(400)                         // register and map both 400 m² (map 0.25% larger)
 * cleanParcel().withCommuneCodeAsWritten("06664")     // the register kept the pre-2025 code
 * cleanParcel().withUser(UserSample.unlinked("Trần Thị Hồng"))
 * cleanParcel().withCoOwner(UserSample.linked("Trần Thị Hồng", 1965, "022165004321"))
 * cleanParcel().withLegacyUserName(TextEncoding.TCVN3) // the name arrived as "NguyÔn V¨n An" and was decoded
 * cleanParcel().withChange(ChangeClass.SPLIT)          // the map parcel was split since the old survey
 * cleanParcel().withoutMapParcel()                     // the key found no map parcel
 * cleanParcel().unregistered()                         // a map parcel no register row names
 * cleanParcel().withSecondRow(r -> r.registeredAreaM2(95.0))   // another row under the key, another area
 * }</pre>
 * What is not changed stays as {@link EvidenceSamples#cleanParcel()} has it; {@link #toEvidence()} builds the
 * {@link Evidence} a rule sees.
 *
 * <p>Thread-safe, being immutable.
 */
public final class ParcelSample {

    /** The mutable fields behind a sample; copied for every change. */
    private static final class Fields {
        String communeCodeAsWritten;
        String communeCode;
        String sheet;
        String plot;
        boolean registered = true;
        OptionalLong sourceLine = OptionalLong.empty();
        OptionalDouble registeredArea = OptionalDouble.empty();
        Optional<String> landUse = Optional.empty();
        Optional<String> serial = Optional.empty();
        List<UserSample> users = new ArrayList<>();
        List<LegacyText> decoded = new ArrayList<>();
        List<RegisterRow> extraRows = new ArrayList<>();
        /** The map parcels as set explicitly; null means one parcel from the fields below. */
        List<MapParcel> mapParcels;
        boolean hasMapParcel = true;
        double mapArea;
        List<String> mapProblems = new ArrayList<>();
        Optional<ParcelChange> change = Optional.empty();

        Fields copy() {
            Fields f = new Fields();
            f.communeCodeAsWritten = communeCodeAsWritten;
            f.communeCode = communeCode;
            f.sheet = sheet;
            f.plot = plot;
            f.registered = registered;
            f.sourceLine = sourceLine;
            f.registeredArea = registeredArea;
            f.landUse = landUse;
            f.serial = serial;
            f.users = new ArrayList<>(users);
            f.decoded = new ArrayList<>(decoded);
            f.extraRows = new ArrayList<>(extraRows);
            f.mapParcels = mapParcels == null ? null : new ArrayList<>(mapParcels);
            f.hasMapParcel = hasMapParcel;
            f.mapArea = mapArea;
            f.mapProblems = new ArrayList<>(mapProblems);
            f.change = change;
            return f;
        }
    }

    private final Fields f;

    private ParcelSample(Fields fields) {
        this.f = fields;
    }

    /** A sample with these values; for {@link EvidenceSamples}. */
    static ParcelSample of(String communeCode, String sheet, String plot, double registeredArea, double mapArea,
                           String landUse, String serial, UserSample user) {
        Fields f = new Fields();
        f.communeCodeAsWritten = communeCode;
        f.communeCode = communeCode;
        f.sheet = sheet;
        f.plot = plot;
        f.registeredArea = OptionalDouble.of(registeredArea);
        f.mapArea = mapArea;
        f.landUse = Optional.of(landUse);
        f.serial = Optional.of(serial);
        f.users.add(user);
        f.sourceLine = OptionalLong.of(17);
        f.change = Optional.of(ParcelChange.builder(ChangeClass.UNCHANGED)
                .addOldParcelId("OLD-" + communeCode + "-" + sheet + "-" + plot).build());
        return new ParcelSample(f);
    }

    private ParcelSample with(Consumer<Fields> change) {
        Fields copy = f.copy();
        change.accept(copy);
        return new ParcelSample(copy);
    }

    // ------------------------------------------------------------------ key

    /**
     * Another sheet (số tờ) and plot (số thửa), on the register and the map.
     *
     * @param sheet the map sheet number as written
     * @param plot the plot number as written
     * @return this sample under another key
     */
    public ParcelSample withKey(String sheet, String plot) {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(plot, "plot");
        return with(x -> {
            x.sheet = sheet;
            x.plot = plot;
        });
    }

    /**
     * Another (current) commune, written as it is today.
     *
     * @param code a current commune code, e.g. {@code "06652"}
     * @return this sample in another commune
     */
    public ParcelSample withCommuneCode(String code) {
        Objects.requireNonNull(code, "code");
        return with(x -> {
            x.communeCode = code;
            x.communeCodeAsWritten = code;
        });
    }

    /**
     * {@return this sample, where the register wrote another commune code than today's}
     *
     * @param written the code as the register wrote it, e.g. a pre-2025 one ({@code "06664"})
     */
    public ParcelSample withCommuneCodeAsWritten(String written) {
        Objects.requireNonNull(written, "written");
        return with(x -> x.communeCodeAsWritten = written);
    }

    // ------------------------------------------------------------------ register row

    /**
     * {@return this sample with another registered area (diện tích)}
     *
     * @param m2 the area in m²
     */
    public ParcelSample withRegisteredArea(double m2) {
        return with(x -> x.registeredArea = OptionalDouble.of(m2));
    }

    /**
     * No registered area.
     *
     * @return this sample with a blank area on its register row
     */
    public ParcelSample withoutRegisteredArea() {
        return with(x -> x.registeredArea = OptionalDouble.empty());
    }

    /**
     * {@return this sample with another area of its single map parcel}
     *
     * @param m2 the area in m²
     */
    public ParcelSample withMapArea(double m2) {
        return with(x -> x.mapArea = m2);
    }

    /**
     * Register and map about the same size: registered {@code m2}, map 0.25% larger (as a re-survey measures).
     *
     * @param m2 the registered area in m²
     * @return this sample with both areas changed
     */
    public ParcelSample withArea(double m2) {
        return with(x -> {
            x.registeredArea = OptionalDouble.of(m2);
            x.mapArea = Math.round(m2 * 1.0025 * 10) / 10.0;
        });
    }

    /**
     * {@return this sample with another land-use code (mục đích sử dụng)}
     *
     * @param code the code as written, e.g. {@code "ONT"}, {@code "ONT+CLN"}, {@code "LUN"}
     */
    public ParcelSample withLandUseCode(String code) {
        Objects.requireNonNull(code, "code");
        return with(x -> x.landUse = Optional.of(code));
    }

    /**
     * No land-use code.
     *
     * @return this sample with a blank land-use code on its register row
     */
    public ParcelSample withoutLandUseCode() {
        return with(x -> x.landUse = Optional.empty());
    }

    /**
     * {@return this sample with another certificate serial}
     *
     * @param serial the serial as written, e.g. {@code "CN 719597"}
     */
    public ParcelSample withCertificateSerial(String serial) {
        Objects.requireNonNull(serial, "serial");
        return with(x -> x.serial = Optional.of(serial));
    }

    /**
     * No certificate serial (no certificate issued yet).
     *
     * @return this sample with a blank certificate serial
     */
    public ParcelSample withoutCertificateSerial() {
        return with(x -> x.serial = Optional.empty());
    }

    /**
     * {@return this sample at another line of the register file}
     *
     * @param line the row's 1-based line
     */
    public ParcelSample withSourceLine(long line) {
        return with(x -> x.sourceLine = OptionalLong.of(line));
    }

    // ------------------------------------------------------------------ land users

    /**
     * {@return this sample with one land user instead of the ones there}
     *
     * @param user the only land user of the row
     */
    public ParcelSample withUser(UserSample user) {
        Objects.requireNonNull(user, "user");
        return with(x -> {
            x.users.clear();
            x.users.add(user);
        });
    }

    /**
     * {@return this sample with a co-owner on the same row (spouses hold a family's land together)}
     *
     * @param user the co-owner, added after the users there
     */
    public ParcelSample withCoOwner(UserSample user) {
        Objects.requireNonNull(user, "user");
        return with(x -> x.users.add(user));
    }

    /**
     * No land user on the row.
     *
     * @return this sample whose register row names nobody
     */
    public ParcelSample withoutLandUsers() {
        return with(x -> x.users.clear());
    }

    /**
     * {@return this sample with its first land user changed}
     *
     * @param change what to change, e.g. {@code u -> u.withBirthYear(1963)}
     */
    public ParcelSample withFirstUser(java.util.function.UnaryOperator<UserSample> change) {
        Objects.requireNonNull(change, "change");
        return with(x -> {
            if (x.users.isEmpty()) {
                throw new IllegalStateException("the sample has no land user; add one with withUser");
            }
            x.users.set(0, Objects.requireNonNull(change.apply(x.users.get(0)), "changed user"));
        });
    }

    /**
     * {@return this sample, whose first user's name arrived in a legacy font and was decoded} The row carries a
     * {@link LegacyText} for {@code landUser.name} with the name as {@code encoding} shows it ({@code "NguyÔn V¨n An"}
     * in TCVN3).
     *
     * @param encoding the legacy encoding the name arrived in
     */
    public ParcelSample withLegacyUserName(TextEncoding encoding) {
        Objects.requireNonNull(encoding, "encoding");
        return with(x -> {
            if (x.users.isEmpty()) {
                throw new IllegalStateException("the sample has no land user to decode a name for");
            }
            String name = x.users.get(0).name();
            x.decoded.add(new LegacyText("landUser.name", VietnameseText.encodeLegacy(name, encoding), name, encoding));
        });
    }

    /**
     * Another row under the same key: the clean row changed by {@code change} (e.g. another area).
     *
     * @param change what to change on a copy of the clean row
     * @return this sample with two register rows under its key
     */
    public ParcelSample withSecondRow(Consumer<RegisterRow.Builder> change) {
        Objects.requireNonNull(change, "change");
        return with(x -> {
            RegisterRow.Builder b = RegisterRow.builder();
            x.registeredArea.ifPresent(b::registeredAreaM2);
            x.landUse.ifPresent(b::landUseCode);
            x.serial.ifPresent(b::certificateSerial);
            change.accept(b);
            x.extraRows.add(b.build());
        });
    }

    /**
     * No register row: a map parcel nobody registered.
     *
     * @return this sample with a map parcel and no register row
     */
    public ParcelSample unregistered() {
        return with(x -> x.registered = false);
    }

    // ------------------------------------------------------------------ map

    /**
     * No map parcel: the register's key found none.
     *
     * @return this sample with a register row and no map parcel
     */
    public ParcelSample withoutMapParcel() {
        return with(x -> {
            x.hasMapParcel = false;
            x.mapParcels = null;
        });
    }

    /**
     * {@return this sample with these map parcels instead of the default one (e.g. the parts of a split parcel)}
     *
     * @param parcels the map parcels the key resolves to
     */
    public ParcelSample withMapParcels(MapParcel... parcels) {
        List<MapParcel> list = List.of(parcels);
        return with(x -> {
            x.mapParcels = new ArrayList<>(list);
            x.hasMapParcel = true;
        });
    }

    /**
     * {@return this sample, whose map polygon has a map-QA problem}
     *
     * @param problem the QA problem as map QA states it, e.g. {@code "self-intersecting ring"}
     */
    public ParcelSample withInvalidMapPolygon(String problem) {
        Objects.requireNonNull(problem, "problem");
        return with(x -> x.mapProblems.add(problem));
    }

    /**
     * {@return this sample, whose map parcel changed since the old survey in this way (not renumbered, no area
     * change known)}
     *
     * @param changeClass how the parcel changed
     */
    public ParcelSample withChange(ChangeClass changeClass) {
        Objects.requireNonNull(changeClass, "changeClass");
        return with(x -> x.change = Optional.of(ParcelChange.builder(changeClass)
                .addOldParcelId("OLD-" + x.communeCode + "-" + x.sheet + "-" + x.plot).build()));
    }

    /**
     * {@return this sample with this cross-period change}
     *
     * @param change the change, with renumbering, area change and old ids as wanted
     */
    public ParcelSample withChange(ParcelChange change) {
        Objects.requireNonNull(change, "change");
        return with(x -> x.change = Optional.of(change));
    }

    /** {@return the parcel kept its land but got another number at the re-survey} */
    public ParcelSample renumbered() {
        return with(x -> {
            ParcelChange old = x.change.orElse(ParcelChange.builder(ChangeClass.UNCHANGED).build());
            x.change = Optional.of(new ParcelChange(old.changeClass(), true, old.areaChangePercent(), old.oldParcelIds()));
        });
    }

    /**
     * No cross-period comparison.
     *
     * @return this sample as if only one survey had been read
     */
    public ParcelSample withoutChange() {
        return with(x -> x.change = Optional.empty());
    }

    // ------------------------------------------------------------------ result

    /** {@return the key} */
    public RecordKey key() {
        return new RecordKey(f.communeCodeAsWritten, f.communeCode, f.sheet, f.plot);
    }

    /**
     * {@return the evidence a rule sees}
     *
     * @throws IllegalArgumentException if the sample has neither a register row nor a map parcel
     */
    public Evidence toEvidence() {
        RecordKey key = key();
        Evidence.Builder b = Evidence.builder(key);
        if (f.registered) {
            RegisterRow.Builder row = RegisterRow.builder();
            f.sourceLine.ifPresent(row::sourceLine);
            f.registeredArea.ifPresent(row::registeredAreaM2);
            f.landUse.ifPresent(row::landUseCode);
            f.serial.ifPresent(row::certificateSerial);
            for (UserSample u : f.users) {
                row.addLandUser(u.toLandUser());
            }
            for (LegacyText t : f.decoded) {
                row.addDecodedText(t);
            }
            b.addRow(row.build());
            f.extraRows.forEach(b::addRow);
        }
        if (f.mapParcels != null) {
            f.mapParcels.forEach(b::addMapParcel);
        } else if (f.hasMapParcel) {
            b.addMapParcel(new MapParcel("NEW-" + f.communeCode + "-" + f.sheet + "-" + f.plot, f.mapArea, f.sheet,
                    f.plot, f.mapProblems));
        }
        if (f.hasMapParcel) {
            f.change.ifPresent(b::change);
        }
        if (!f.registered && !f.hasMapParcel) {
            throw new IllegalArgumentException("sample " + key + " has neither a register row nor a map parcel");
        }
        return b.build();
    }

    @Override
    public String toString() {
        return "ParcelSample[" + key() + "]";
    }
}
