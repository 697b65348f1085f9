package org.parcelrecon.reconcile;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import org.parcelrecon.core.admin.AdministrativeUnits;
import org.parcelrecon.core.evidence.MapParcel;
import org.parcelrecon.reconcile.map.CommuneMaps;
import org.parcelrecon.reconcile.map.SurveyMaps;
import org.parcelrecon.reconcile.read.RegisterEntry;

/**
 * Decides which of today's communes a register row written under a split pre-2025 commune belongs to. Sheet and
 * plot numbers repeat in every commune, so the key alone usually exists in several candidates: the row goes to the
 * candidate whose new-map parcel under that key fits it best, by registered area (relative difference) and land-use
 * code (a different code counts as a full misfit); a candidate without the key does not fit. When none has the key,
 * the row goes to its first candidate (where the old survey may still explain it).
 * <pre>
 *   row 06655 1/2, 112.6 m² ODT; 06661 has 1/2 of 230.1 m² ONT, 06706 has 1/2 of 113.0 m² ODT  → 06706
 * </pre>
 * Only the candidates' maps are read, once each.
 */
final class SplitCommuneRows {
    private SplitCommuneRows() {
    }

    /** Each row's commune, by line. */
    static Map<Long, String> assign(List<RegisterEntry> rows, Optional<CommuneMaps> map, AdministrativeUnits units)
            throws IOException {
        Map<Long, String> out = new HashMap<>();
        if (rows.isEmpty()) {
            return out;
        }
        if (map.isEmpty() || !map.get().hasCommunes()) {
            rows.forEach(r -> out.put(r.line(), r.communeCandidates().get(0)));
            return out;
        }
        TreeSet<String> communes = new TreeSet<>();
        rows.forEach(r -> communes.addAll(r.communeCandidates()));
        Map<String, SurveyMaps> maps = new HashMap<>();
        for (String c : communes) {
            maps.put(c, SurveyMaps.of(map.get().read(c).layer(), units));
        }
        for (RegisterEntry r : rows) {
            String best = r.communeCandidates().get(0);
            double bestMisfit = Double.POSITIVE_INFINITY;
            for (String c : r.communeCandidates()) {
                SurveyMaps m = maps.get(c);
                List<Integer> parcels = m.match(List.of(c), r.sheetPlot()).newParcels();
                if (parcels.isEmpty()) {
                    continue;
                }
                double misfit = misfit(r, parcels, m);
                if (misfit < bestMisfit) {
                    bestMisfit = misfit;
                    best = c;
                }
            }
            out.put(r.line(), best);
        }
        return out;
    }

    /** Relative area difference, plus one when the land-use codes differ. */
    private static double misfit(RegisterEntry r, List<Integer> parcels, SurveyMaps maps) {
        double area = 0;
        Optional<String> landUse = Optional.empty();
        for (int p : parcels) {
            MapParcel figures = maps.mapParcel(p);
            area += figures.areaM2();
            if (landUse.isEmpty()) {
                landUse = figures.landUseCode();
            }
        }
        double misfit = 0;
        OptionalDouble registered = r.row().registeredAreaM2();
        if (registered.isPresent()) {
            misfit += Math.abs(registered.getAsDouble() - area) / Math.max(registered.getAsDouble(), 1);
        }
        Optional<String> written = r.row().landUseCode();
        if (landUse.isPresent() && written.isPresent() && !written.get().strip().equalsIgnoreCase(landUse.get())) {
            misfit += 1;
        }
        return misfit;
    }
}
