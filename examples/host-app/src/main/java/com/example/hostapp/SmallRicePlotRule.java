package com.example.hostapp;

import java.util.List;
import java.util.Locale;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.RegisterRow;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.Rule;
import org.parcelrecon.core.rule.RuleParameters;

/**
 * A host's own rule: a rice-land row (LUC, LUK, LUN) registered under {@code minAreaM2} (default 100 m²) is
 * probably a plot left over from consolidation (dồn điền đổi thửa) and gets a WARNING. Immutable and thread-safe.
 */
public final class SmallRicePlotRule implements Rule {
    static final ReasonCode CODE = ReasonCode.of("SMALL_RICE_PLOT");
    private static final List<String> RICE = List.of("LUC", "LUK", "LUN");

    private final double minAreaM2;

    /** With the default limit of 100 m². */
    public SmallRicePlotRule() {
        this(100.0);
    }

    private SmallRicePlotRule(double minAreaM2) {
        this.minAreaM2 = minAreaM2;
    }

    @Override
    public String id() {
        return CODE.value();
    }

    @Override
    public String description() {
        return "A rice-land parcel smaller than the office expects after land consolidation.";
    }

    @Override
    public Rule configure(RuleParameters parameters) {
        double min = parameters.getDouble("minAreaM2", 100.0);
        if (!(min > 0)) {
            throw parameters.invalid("minAreaM2", "must be above 0; got " + min);
        }
        return new SmallRicePlotRule(min);
    }

    @Override
    public List<Finding> check(Evidence evidence) {
        for (RegisterRow row : evidence.rows()) {
            if (row.landUseCode().isEmpty() || row.registeredAreaM2().isEmpty()) {
                continue;
            }
            String code = row.landUseCode().get().trim().toUpperCase(Locale.ROOT);
            double area = row.registeredAreaM2().getAsDouble();
            if (RICE.contains(code) && area < minAreaM2) {
                return List.of(Finding.builder(CODE, Severity.WARNING)
                        .message(String.format(Locale.ROOT, "Rice-land parcel (%s) of %.1f m² is under %.1f m²",
                                code, area, minAreaM2))
                        .put("landUseCode", code)
                        .put("registeredAreaM2", area)
                        .build());
            }
        }
        return List.of();
    }
}
