package com.example.landoffice;

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
 * A land office's own rule: a residential parcel (land-use code ODT, urban, or ONT, rural) whose registered
 * area is over {@code maxAreaM2} (default 400 m²) needs review, because residential land above the local
 * allocation limit is often garden land registered as residential.
 */
public final class LargeResidentialParcelRule implements Rule {
    static final ReasonCode CODE = ReasonCode.of("LARGE_RESIDENTIAL_PARCEL");

    private final double maxAreaM2;

    /** With the default limit; ServiceLoader uses this constructor. */
    public LargeResidentialParcelRule() {
        this(400.0);
    }

    private LargeResidentialParcelRule(double maxAreaM2) {
        this.maxAreaM2 = maxAreaM2;
    }

    @Override
    public String id() {
        return CODE.value();
    }

    @Override
    public String description() {
        return "A residential parcel (ODT, ONT) larger than the office reviews without a visit.";
    }

    @Override
    public Rule configure(RuleParameters parameters) {
        double max = parameters.getDouble("maxAreaM2", 400.0);
        if (!(max > 0)) {
            throw parameters.invalid("maxAreaM2", "must be above 0; got " + max);
        }
        return new LargeResidentialParcelRule(max);
    }

    @Override
    public List<Finding> check(Evidence evidence) {
        for (RegisterRow row : evidence.rows()) {
            if (row.landUseCode().isEmpty() || row.registeredAreaM2().isEmpty()) {
                continue;
            }
            String code = row.landUseCode().get().trim();
            double area = row.registeredAreaM2().getAsDouble();
            if ((code.equalsIgnoreCase("ODT") || code.equalsIgnoreCase("ONT")) && area > maxAreaM2) {
                return List.of(Finding.builder(CODE, Severity.WARNING)
                        .message(String.format(Locale.ROOT, "Residential parcel (đất ở, %s) of %.1f m² is over the %.1f m² "
                                + "this office reviews by hand", code, area, maxAreaM2))
                        .put("landUseCode", code)
                        .put("registeredAreaM2", area)
                        .put("maxAreaM2", maxAreaM2)
                        .build());
            }
        }
        return List.of();
    }
}
