package org.parcelrecon.reconcile.map;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.parcelrecon.core.admin.AdminUnit;
import org.parcelrecon.core.admin.AdministrativeUnits;

/** Today's code for a commune code a map wrote, cached per code; thread-safe. */
final class CommuneCodes {
    private final AdministrativeUnits units;
    private final Map<String, String> today = new ConcurrentHashMap<>();

    CommuneCodes(AdministrativeUnits units) {
        this.units = units;
    }

    /** Today's code: the one successor of a retired code, else the code as written (stripped). */
    String today(String written) {
        if (written == null || written.isBlank()) {
            return SurveyMaps.NO_COMMUNE;
        }
        return today.computeIfAbsent(written.strip(), w -> {
            List<AdminUnit> units = this.units.resolve(w).currentCandidates();
            return units.size() == 1 ? units.get(0).code() : w;
        });
    }
}
