package org.parcelrecon.testkit.rule;

import java.util.ArrayList;
import java.util.List;
import org.parcelrecon.core.evidence.ChangeClass;
import org.parcelrecon.core.evidence.Citizen;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.LandUser;
import org.parcelrecon.core.evidence.LegacyText;
import org.parcelrecon.core.evidence.MapParcel;
import org.parcelrecon.core.evidence.ParcelChange;
import org.parcelrecon.core.evidence.RecordKey;
import org.parcelrecon.core.evidence.RegisterRow;
import org.parcelrecon.core.evidence.UserLink;
import org.parcelrecon.core.text.TextEncoding;

/**
 * Realistic evidence to start a rule test from: parcels on which register, map and population agree (none of the
 * built-in rules finds anything on them), and a corpus of odd but possible evidence no rule may throw on.
 *
 * <table>
 *   <caption>Clean samples</caption>
 *   <tr><th>sample</th><th>key</th><th>register</th><th>map</th><th>land users</th></tr>
 *   <tr><td>{@link #cleanParcel()}</td><td>06652/12/345 (Phường Hà Tu)</td><td>120.0 m², ODT, CN 719597</td>
 *       <td>120.3 m², unchanged</td><td>Nguyễn Văn An, 1962, 022062001234, linked 0.98</td></tr>
 *   <tr><td>{@link #coOwnedParcel()}</td><td>06652/12/346</td><td>96.5 m², ODT, BK 204511</td><td>96.8 m²</td>
 *       <td>Lê Văn Cường 1958 and Phạm Thị Dung 1961, both linked</td></tr>
 *   <tr><td>{@link #cleanFieldParcel()}</td><td>06979/7/88 (Xã Kỳ Thượng)</td><td>1,250.0 m², LUC, DA 330172</td>
 *       <td>1,251.8 m²</td><td>Hoàng Văn Bình, 1971, 022071012345, linked</td></tr>
 * </table>
 * The numbers are well-formed: 12-digit numbers whose province (022 Quảng Ninh), sex and year digits agree with
 * the person, current commune codes, current land-use codes, 2009-form certificate serials.
 *
 * <p>Stateless and thread-safe.
 */
public final class EvidenceSamples {
    private EvidenceSamples() {
    }

    /** {@return an urban residential parcel with one land user; every source agrees} */
    public static ParcelSample cleanParcel() {
        return ParcelSample.of("06652", "12", "345", 120.0, 120.3, "ODT", "CN 719597",
                UserSample.linked("Nguyễn Văn An", 1962, "022062001234"));
    }

    /** {@return a house lot held by a married couple: one row, two land users} */
    public static ParcelSample coOwnedParcel() {
        return ParcelSample.of("06652", "12", "346", 96.5, 96.8, "ODT", "BK 204511",
                UserSample.linked("Lê Văn Cường", 1958, "022058004321"))
                .withCoOwner(UserSample.linked("Phạm Thị Dung", 1961, "022161007788"));
    }

    /** {@return a rice field in a rural commune} */
    public static ParcelSample cleanFieldParcel() {
        return ParcelSample.of("06979", "7", "88", 1250.0, 1251.8, "LUC", "DA 330172",
                UserSample.linked("Hoàng Văn Bình", 1971, "022071012345"));
    }

    /** {@return the clean samples above, for contract tests} */
    public static List<ParcelSample> clean() {
        return List.of(cleanParcel(), coOwnedParcel(), cleanFieldParcel());
    }

    /**
     * Evidence that is odd but can happen, one case per kind of oddity, for checking that a rule neither throws
     * nor returns null on it: a map parcel nobody registered; a row with every field blank and no map parcel;
     * zero and enormous areas; blank, unknown, retired and combined land-use codes; names of one letter, of
     * digits, in capitals, in TCVN3, with an emoji; extreme birth years; IDs blank, in scientific notation, with
     * letters; several map parcels, one of them invalid; rows that disagree; every change class with and
     * without a map parcel; a link of probability 0 with a runner-up as likely; a pre-2025 commune code;
     * an organisation as land user; fifty co-owners.
     *
     * @return one evidence per oddity, in a fixed order
     */
    public static List<Evidence> oddCases() {
        List<Evidence> cases = new ArrayList<>();
        RecordKey key = RecordKey.of("06652", "12", "345");
        cases.add(Evidence.unregisteredParcel(key, MapParcel.of("NEW-06652-12-345", 120.3, "12", "345")));
        cases.add(Evidence.builder(key).addRow(RegisterRow.builder().build()).build());
        cases.add(cleanParcel().withArea(0).toEvidence());
        cases.add(cleanParcel().withRegisteredArea(0).withMapArea(120).toEvidence());
        cases.add(cleanParcel().withArea(1e9).toEvidence());
        for (String code : List.of("", "   ", "xyz", "ONT+CLN+???", "LUN", "ĐẤT Ở", "odt")) {
            cases.add(cleanParcel().withLandUseCode(code).toEvidence());
        }
        for (String name : List.of("A", "12345", "NGUYỄN VĂN AN", "NguyÔn V¨n An", "Nguyễn 🙂 An",
                "Nguyễn Văn Ánh Dương Minh Quang Hải Long Phúc An")) {
            cases.add(cleanParcel().withFirstUser(u -> u.withName(name)).toEvidence());
        }
        cases.add(cleanParcel().withFirstUser(u -> u.withBirthYear(1000)).toEvidence());
        cases.add(cleanParcel().withFirstUser(u -> u.withBirthYear(9999)).toEvidence());
        for (String id : List.of("", "0", "022 062 001 234", "2.2062001234E+10", "2.20620E+10", "ABC", "100123456",
                "22062001234")) {
            cases.add(cleanParcel().withFirstUser(u -> u.withIdNumber(id)).toEvidence());
        }
        cases.add(cleanParcel().withFirstUser(UserSample::withoutIdNumber).withFirstUser(UserSample::withoutBirthYear)
                .toEvidence());
        cases.add(cleanParcel().withMapParcels(MapParcel.of("NEW-06652-12-400", 60.1, "12", "400"),
                MapParcel.of("NEW-06652-12-401", 59.9, "12", "401"),
                new MapParcel("NEW-06652-12-402", 0.0, "12", "402", List.of("self-intersecting ring"))).toEvidence());
        cases.add(cleanParcel().withInvalidMapPolygon("self-intersecting ring").toEvidence());
        cases.add(cleanParcel().withSecondRow(r -> r.registeredAreaM2(95.0).landUseCode("CLN")).toEvidence());
        for (ChangeClass change : ChangeClass.values()) {
            cases.add(cleanParcel().withChange(ParcelChange.builder(change).renumbered(true).areaChangePercent(-100)
                    .build()).toEvidence());
            cases.add(cleanParcel().withChange(change).withoutMapParcel().toEvidence());
        }
        Citizen someone = Citizen.of("022062001234", "CCCD", "Nguyễn Văn An", 1962);
        cases.add(Evidence.builder(key).addRow(RegisterRow.builder()
                .addLandUser(LandUser.builder("Nguyễn Văn An").link(UserLink.builder(someone, 0.0)
                        .runnerUpProbability(0.0).build()).build()).build())
                .addMapParcel(MapParcel.of("NEW-06652-12-345", 120.3, "12", "345")).build());
        cases.add(cleanParcel().withFirstUser(u -> u.withMatchProbability(0.51).withRunnerUp(0.51)).toEvidence());
        cases.add(cleanParcel().withCommuneCodeAsWritten("06664").toEvidence());
        cases.add(cleanParcel().withCommuneCodeAsWritten("").toEvidence());
        cases.add(cleanParcel().withUser(UserSample.unlinked("UBND phường Hà Tu")).withLandUseCode("TSC").toEvidence());
        cases.add(cleanParcel().withoutLandUsers().withoutCertificateSerial().withoutLandUseCode()
                .withoutRegisteredArea().withoutChange().toEvidence());
        cases.add(cleanParcel().withCertificateSerial("???").withLegacyUserName(TextEncoding.TCVN3).toEvidence());
        ParcelSample crowd = cleanParcel();
        for (int i = 0; i < 50; i++) {
            crowd = crowd.withCoOwner(UserSample.unlinked("Người thứ " + i));
        }
        cases.add(crowd.toEvidence());
        cases.add(Evidence.builder(key).addRow(RegisterRow.builder().addDecodedText(
                new LegacyText("address", "Tæ 5", "Tổ 5", TextEncoding.TCVN3)).build()).build());
        return List.copyOf(cases);
    }
}
