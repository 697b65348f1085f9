package org.parcelrecon.reconcile.decide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.parcelrecon.core.evidence.ChangeClass;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.LandUser;
import org.parcelrecon.core.evidence.MapParcel;
import org.parcelrecon.core.evidence.ParcelChange;
import org.parcelrecon.core.evidence.RecordKey;
import org.parcelrecon.core.evidence.RegisterRow;
import org.parcelrecon.core.evidence.UserLink;
import org.parcelrecon.core.score.ScoredRecord;
import org.parcelrecon.reconcile.read.RegisterEntry;

/**
 * Decides one commune: groups its register rows into records by key (sheet and plot under today's commune), gives
 * each record its evidence (rows with their land users' links, the map parcels its key led to, the survey change
 * when the key led there through the old survey), scores it with the rules, and adds a record for each map parcel
 * nobody registered.
 *
 * <p>A pure function of its input and the shared read-only context: no state, no I/O, the same result on every
 * call, so that communes run in parallel here and could run per partition on a cluster.
 *
 * <p>Stateless and thread-safe: communes are decided in parallel, each by its own call.
 */
public final class CommuneStep {
    private CommuneStep() {
    }

    /**
     * {@return the commune's verdicts}
     *
     * @param input one commune's register rows (with where their keys led) and its new-map parcels
     * @param context the scorer and the land-user links, shared by every commune
     */
    public static CommuneResult decide(CommuneInput input, DecisionContext context) {
        // sheet, then plot, as numbers (both are at most six digits: one long orders them)
        Map<Long, List<ResolvedEntry>> byKey = new TreeMap<>();
        for (ResolvedEntry e : input.entries()) {
            long key = ((long) e.entry().sheet() << 32) | e.entry().plot();
            byKey.computeIfAbsent(key, k -> new ArrayList<>(2)).add(e);
        }
        List<RecordResult> records = new ArrayList<>(byKey.size() + input.unregistered().size());
        for (List<ResolvedEntry> rows : byKey.values()) {
            records.add(registered(input, rows, context));
        }
        for (int parcel : input.unregistered()) {
            MapParcel p = input.mapParcels().get(parcel);
            RecordKey key = RecordKey.of(input.communeCode(), p.sheet().isBlank() ? "-" : p.sheet(),
                    p.plot().isBlank() ? p.parcelId() : p.plot());
            ScoredRecord scored = context.scorer().score(Evidence.unregisteredParcel(key, p));
            records.add(new RecordResult(scored, List.of(), List.of(parcel), List.of(p.parcelId()), Optional.empty()));
        }
        return new CommuneResult(input.communeCode(), records, input.features(), input.crs());
    }

    private static RecordResult registered(CommuneInput input, List<ResolvedEntry> rows, DecisionContext context) {
        String commune = input.communeCode();
        ResolvedEntry first = rows.get(0);
        RegisterEntry e0 = first.entry();
        RecordKey key = new RecordKey(e0.communeAsWritten(), commune, Integer.toString(e0.sheet()),
                Integer.toString(e0.plot()));
        Evidence.Builder evidence = Evidence.builder(key);
        List<RowResult> rowResults = new ArrayList<>(rows.size());
        Map<Integer, Boolean> parcels = new LinkedHashMap<>();
        for (ResolvedEntry r : rows) {
            RegisterRow row = withLinks(r, context);
            evidence.addRow(row);
            Optional<UserLink> firstLink = row.landUsers().isEmpty() ? Optional.empty()
                    : row.landUsers().get(0).link();
            String user = row.landUsers().isEmpty() ? "" : row.landUsers().get(0).name();
            rowResults.add(new RowResult(r.entry().line(), r.entry().rowNo(), r.entry().communeAsWritten(), user,
                    firstLink));
            for (int p : r.match().newParcels()) {
                parcels.putIfAbsent(p, Boolean.TRUE);
            }
        }
        List<String> ids = new ArrayList<>(parcels.size());
        for (int p : parcels.keySet()) {
            MapParcel mp = input.mapParcels().get(p);
            evidence.addMapParcel(mp);
            ids.add(mp.parcelId());
        }
        Optional<ParcelChange> change = first.match().change();
        change.ifPresent(evidence::change);
        ScoredRecord scored = context.scorer().score(evidence.build());
        Optional<ChangeClass> changeClass = change.map(ParcelChange::changeClass);
        return new RecordResult(scored, rowResults, List.copyOf(parcels.keySet()), ids, changeClass);
    }

    private static RegisterRow withLinks(ResolvedEntry r, DecisionContext context) {
        RegisterRow row = r.entry().row();
        List<LandUser> users = row.landUsers();
        if (users.isEmpty()) {
            return row;
        }
        List<LandUser> linked = new ArrayList<>(users.size());
        for (int u = 0; u < users.size(); u++) {
            LandUser user = users.get(u);
            Optional<UserLink> link = context.link(r.entry().line(), u);
            linked.add(link.isEmpty() ? user : user.withLink(link.get()));
        }
        return new RegisterRow(row.sourceLine(), row.registeredAreaM2(), row.landUseCode(), row.certificateSerial(),
                linked, row.decodedTexts(), row.unreadableCells());
    }
}
