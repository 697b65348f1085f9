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
            if (isCanonicalSerial(written)) {
                continue; // "CN 719597", "AA 09273289": valid as written, no parse needed
            }
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

    /** Two capitals (A-Z or Đ), one space, 6 or 8 digits: a valid serial exactly as the parser normalises it. */
    static boolean isCanonicalSerial(String s) {
        int n = s.length();
        if ((n != 9 && n != 11) || !isSerialLetter(s.charAt(0)) || !isSerialLetter(s.charAt(1)) || s.charAt(2) != ' ') {
            return false;
        }
        for (int i = 3; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isSerialLetter(char c) {
        return (c >= 'A' && c <= 'Z') || c == 'Đ';
    }
}
