package org.parcelrecon.core.rule.builtin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.parcelrecon.core.certificate.CertificateSerial;
import org.parcelrecon.core.certificate.CertificateSerials;
import org.parcelrecon.core.certificate.SerialProblem;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.RegisterRow;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.Rule;

/**
 * CERTIFICATE_SERIAL_INVALID: a certificate serial (số phát hành GCN) that matches none of the known forms
 * ({@link CertificateSerials#parse(String)}: two letters and 6 digits, two letters and 8 digits, or a book number).
 * WARNING, with the problems found. A row without a serial reports nothing: not every parcel has a certificate.
 * <pre>
 *   "BĐ 123456", "bd-123456", "AA 09273289" → nothing
 *   "BĐ 12345A"                           → WARNING (unexpected characters)
 * </pre>
 */
final class CertificateSerialInvalidRule implements Rule {
    static final String ID = "CERTIFICATE_SERIAL_INVALID";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "The certificate serial matches none of the known forms.";
    }

    @Override
    public List<Finding> check(Evidence evidence) {
        List<Finding> out = null;
        List<RegisterRow> rows = evidence.rows();
        for (int r = 0, nr = rows.size(); r < nr; r++) {
            RegisterRow row = rows.get(r);
            if (row.certificateSerial().isEmpty() || row.certificateSerial().get().isBlank()) {
                continue;
            }
            String written = row.certificateSerial().get();
            CertificateSerial serial = CertificateSerials.parse(written);
            if (serial.isValid()) {
                continue;
            }
            StringBuilder problems = new StringBuilder();
            for (SerialProblem p : serial.problems()) {
                if (problems.length() > 0) {
                    problems.append("; ");
                }
                problems.append(p.message());
            }
            Finding.Builder b = Finding.builder(ReasonCode.CERTIFICATE_SERIAL_INVALID, Severity.WARNING)
                    .put("certificateSerial", written.strip())
                    .put("problems", problems.toString());
            if (row.sourceLine().isPresent()) {
                b.put("line", row.sourceLine().getAsLong());
            }
            if (out == null) {
                out = new ArrayList<>(1);
            }
            out.add(b.message("Certificate serial (số phát hành GCN) '" + written.strip() + "' is not valid: " + problems)
                    .build());
        }
        return out == null ? List.of() : Collections.unmodifiableList(out);
    }
}
