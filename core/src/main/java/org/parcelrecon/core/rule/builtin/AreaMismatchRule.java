package org.parcelrecon.core.rule.builtin;

import java.util.List;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.MapParcel;
import org.parcelrecon.core.evidence.RegisterRow;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.Rule;
import org.parcelrecon.core.rule.RuleParameters;

/**
 * AREA_MISMATCH: registered area against the map area.
 *
 * <p>The registered area is the first row's that has one; the map area is the sum over the map parcels
 * the key resolved to. Allowed difference (m²) = max(absoluteFloorM2, allowedPercent % of the registered
 * area), allowedPercent from the first band whose maxAreaM2 is at least the registered area (the last band
 * has no maxAreaM2 and takes everything larger). A larger difference is a WARNING, and a CONTRADICTION when
 * it exceeds conflictFactor × allowed. Areas in the finding are rounded to 0.1 m². A difference equal to a limit (to within {@link Limits#EPSILON}, so that
 * 128.4 − 120 counts as 8.4) is within it. Nothing is reported when either area is unknown.
 * <pre>
 *   defaults, registered 120.0, map 125.0   → allowed 8.4 (7%), difference 5.0: nothing
 *   defaults, registered 120.0, map 130.0   → difference 10.0 > 8.4: WARNING
 *   defaults, registered 120.0, map 150.3   → difference 30.3 > 16.8: CONTRADICTION
 *   defaults, registered 10.0,  map 11.5    → allowed max(2.0, 1.0) = 2.0: nothing
 * </pre>
 */
final class AreaMismatchRule implements Rule {
    static final String ID = "AREA_MISMATCH";

    private final double absoluteFloorM2;
    private final double conflictFactor;
    /** Upper bounds of the bands, ascending; the last is +∞. */
    private final double[] bandMaxAreaM2;
    private final double[] bandAllowedPercent;

    AreaMismatchRule(RuleParameters parameters) {
        RuleParameters p = BuiltInDefaults.withDefaults(parameters);
        absoluteFloorM2 = p.getDouble("absoluteFloorM2");
        if (!(absoluteFloorM2 >= 0)) {
            throw p.invalid("absoluteFloorM2", "must be at least 0; got " + absoluteFloorM2);
        }
        conflictFactor = p.getDouble("conflictFactor");
        if (!(conflictFactor >= 1)) {
            throw p.invalid("conflictFactor", "must be at least 1 (conflict beyond allowed x factor); got " + conflictFactor);
        }
        List<RuleParameters> bands = p.getObjectList("bands");
        if (bands.isEmpty()) {
            throw p.invalid("bands", "needs at least one band, e.g. [{\"allowedPercent\": 5.0}]");
        }
        bandMaxAreaM2 = new double[bands.size()];
        bandAllowedPercent = new double[bands.size()];
        for (int i = 0; i < bands.size(); i++) {
            RuleParameters band = bands.get(i);
            boolean last = i == bands.size() - 1;
            double max = band.getDouble("maxAreaM2", Double.POSITIVE_INFINITY);
            if (last && max != Double.POSITIVE_INFINITY) {
                throw band.invalid("maxAreaM2", "the last band takes every larger parcel: leave maxAreaM2 out");
            }
            if (!last && max == Double.POSITIVE_INFINITY) {
                throw band.invalid("maxAreaM2", "required in every band but the last");
            }
            if (i > 0 && !(max > bandMaxAreaM2[i - 1])) {
                throw band.invalid("maxAreaM2", "must increase from band to band; " + max + " follows " + bandMaxAreaM2[i - 1]);
            }
            double percent = band.getDouble("allowedPercent");
            if (!(percent >= 0)) {
                throw band.invalid("allowedPercent", "must be at least 0; got " + percent);
            }
            bandMaxAreaM2[i] = max;
            bandAllowedPercent[i] = percent;
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Registered area and map area differ by more than the tolerance for the parcel's size.";
    }

    @Override
    public Rule configure(RuleParameters parameters) {
        return new AreaMismatchRule(parameters);
    }

    /** The allowed difference in m² for a parcel with this registered area. */
    double allowedM2(double registeredM2) {
        int band = 0;
        while (registeredM2 > bandMaxAreaM2[band]) {
            band++;
        }
        return Math.max(absoluteFloorM2, bandAllowedPercent[band] / 100.0 * registeredM2);
    }

    @Override
    public List<Finding> check(Evidence evidence) {
        List<MapParcel> parcels = evidence.mapParcels();
        List<RegisterRow> rows = evidence.rows();
        if (parcels.isEmpty() || rows.isEmpty()) {
            return List.of();
        }
        double registered = -1;
        for (int i = 0, n = rows.size(); i < n; i++) {
            RegisterRow row = rows.get(i);
            if (row.registeredAreaM2().isPresent()) {
                registered = row.registeredAreaM2().getAsDouble();
                break;
            }
        }
        if (registered < 0) {
            return List.of();
        }
        double map = 0;
        for (int i = 0, n = parcels.size(); i < n; i++) {
            map += parcels.get(i).areaM2();
        }
        double difference = Math.abs(map - registered);
        double allowed = allowedM2(registered);
        if (difference <= allowed + Limits.EPSILON) {
            return List.of();
        }
        Severity severity = difference > allowed * conflictFactor + Limits.EPSILON ? Severity.CONTRADICTION : Severity.WARNING;
        return List.of(finding(severity, registered, map, parcels.size(), difference, allowed));
    }

    private static Finding finding(Severity severity, double registered, double map, int parcels,
                                   double difference, double allowed) {
        String registeredText = Numbers.fixed(registered, 1);
        String mapText = Numbers.fixed(map, 1);
        String differenceText = Numbers.fixed(difference, 1);
        String allowedText = Numbers.fixed(allowed, 1);
        StringBuilder m = new StringBuilder(160)
                .append("Registered area (diện tích) ").append(registeredText)
                .append(" m² differs from the map area ").append(mapText).append(" m²");
        if (parcels > 1) {
            m.append(" (").append(parcels).append(" map parcels)");
        }
        m.append(" by ");
        Finding.Builder b = Finding.builder(ReasonCode.AREA_MISMATCH, severity)
                .put("registeredAreaM2", registeredText)
                .put("mapAreaM2", mapText)
                .put("differenceM2", differenceText);
        if (registered > 0) {
            String percent = Numbers.fixed(difference / registered * 100.0, 1);
            m.append(percent).append("% (").append(differenceText).append(" m²)");
            b.put("differencePercent", percent);
        } else {
            m.append(differenceText).append(" m²");
        }
        m.append("; allowed ").append(allowedText).append(" m²");
        return b.put("allowedM2", allowedText).message(m.toString()).build();
    }
}
