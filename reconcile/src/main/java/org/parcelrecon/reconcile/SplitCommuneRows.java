package org.parcelrecon.reconcile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import org.parcelrecon.geometry.io.ParcelFeature;
import org.parcelrecon.reconcile.map.CommuneMaps;
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
    static Map<Long, String> assign(List<RegisterEntry> rows, Optional<CommuneMaps> map) throws IOException {
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
        Map<String, Map<String, List<ParcelFeature>>> byKey = new HashMap<>();
        for (String c : communes) {
            Map<String, List<ParcelFeature>> keys = new HashMap<>();
            for (ParcelFeature f : map.get().read(c).layer().features()) {
                f.sheetPlotKey().ifPresent(k -> keys.computeIfAbsent(k, x -> new ArrayList<>(1)).add(f));
            }
            byKey.put(c, keys);
        }
        for (RegisterEntry r : rows) {
            String best = r.communeCandidates().get(0);
            double bestMisfit = Double.POSITIVE_INFINITY;
            for (String c : r.communeCandidates()) {
                List<ParcelFeature> parcels = byKey.get(c).get(r.sheetPlot().toUpperCase(Locale.ROOT));
                if (parcels == null) {
                    continue;
                }
                double misfit = misfit(r, parcels);
                if (misfit < bestMisfit) {
                    bestMisfit = misfit;
                    best = c;
                }
            }
            out.put(r.line(), best);
        }
        return out;
    }

    private static double misfit(RegisterEntry r, List<ParcelFeature> parcels) {
        double area = 0;
        String landUse = null;
        for (ParcelFeature f : parcels) {
            area += f.geometry().getArea();
            for (Map.Entry<String, String> e : f.properties().entrySet()) {
                String k = e.getKey().toLowerCase(Locale.ROOT);
                if (landUse == null && (k.equals("loai_dat") || k.equals("land_use") || k.equals("land_use_code"))) {
                    landUse = e.getValue();
                }
            }
        }
        double misfit = 0;
        OptionalDouble registered = r.row().registeredAreaM2();
        if (registered.isPresent()) {
            misfit += Math.abs(registered.getAsDouble() - area) / Math.max(registered.getAsDouble(), 1);
        }
        Optional<String> written = r.row().landUseCode();
        if (landUse != null && written.isPresent() && !written.get().strip().equalsIgnoreCase(landUse.strip())) {
            misfit += 1;
        }
        return misfit;
    }
}
