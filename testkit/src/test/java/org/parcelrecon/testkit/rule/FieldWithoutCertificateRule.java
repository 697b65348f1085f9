package org.parcelrecon.testkit.rule;

import java.util.List;
import java.util.Set;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.RegisterRow;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.Rule;
import org.parcelrecon.core.rule.RuleParameters;

/**
 * Plays a host system's rule (a district office's): agricultural land over {@code minAreaM2} (default 1,000 m²)
 * registered without a certificate serial is reported, because such parcels are the office's backlog.
 */
final class FieldWithoutCertificateRule implements Rule {
    static final ReasonCode CODE = ReasonCode.of("FIELD_WITHOUT_CERTIFICATE");
    private static final Set<String> FARMLAND = Set.of("LUC", "LUK", "HNK", "CLN", "NTS");

    private final double minAreaM2;

    FieldWithoutCertificateRule() {
        this(1000);
    }

    private FieldWithoutCertificateRule(double minAreaM2) {
        this.minAreaM2 = minAreaM2;
    }

    @Override
    public String id() {
        return CODE.value();
    }

    @Override
    public String description() {
        return "Agricultural land above the office's size limit registered without a certificate.";
    }

    @Override
    public Rule configure(RuleParameters parameters) {
        double min = parameters.getDouble("minAreaM2", 1000);
        if (!(min >= 0)) {
            throw parameters.invalid("minAreaM2", "must be at least 0; got " + min);
        }
        return new FieldWithoutCertificateRule(min);
    }

    @Override
    public List<Finding> check(Evidence evidence) {
        for (RegisterRow row : evidence.rows()) {
            if (row.certificateSerial().isPresent() && !row.certificateSerial().get().isBlank()) {
                continue;
            }
            if (row.landUseCode().isEmpty() || row.registeredAreaM2().isEmpty()) {
                continue;
            }
            String code = row.landUseCode().get().trim();
            double area = row.registeredAreaM2().getAsDouble();
            if (FARMLAND.contains(code) && area > minAreaM2) {
                return List.of(Finding.builder(CODE, Severity.WARNING)
                        .message("Agricultural parcel (" + code + ") of " + area + " m² has no certificate (giấy chứng nhận)")
                        .put("landUseCode", code)
                        .put("registeredAreaM2", area)
                        .build());
            }
        }
        return List.of();
    }
}
