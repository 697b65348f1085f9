package org.parcelrecon.core.rule.builtin;

import java.util.ArrayList;
import java.util.List;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.LegacyText;
import org.parcelrecon.core.evidence.RegisterRow;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.Rule;
import org.parcelrecon.core.text.TextEncoding;

/**
 * LEGACY_ENCODING_FIXED: register text arrived in a legacy font encoding (TCVN3, VNI-Windows,
 * Windows-1258) and was converted to Unicode. One finding per record, listing the fields and encodings
 * (each once, in row order), so the source file can be fixed at the root.
 */
final class LegacyEncodingFixedRule implements Rule {
    static final String ID = "LEGACY_ENCODING_FIXED";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Register text was converted to Unicode from a legacy font encoding (TCVN3, VNI).";
    }

    @Override
    public List<Finding> check(Evidence evidence) {
        List<RegisterRow> rows = evidence.rows();
        boolean any = false;
        for (int r = 0, n = rows.size(); r < n && !any; r++) {
            any = !rows.get(r).decodedTexts().isEmpty();
        }
        if (!any) {
            return List.of();
        }
        List<String> fields = new ArrayList<>();
        List<String> encodings = new ArrayList<>();
        for (RegisterRow row : rows) {
            for (LegacyText text : row.decodedTexts()) {
                if (!fields.contains(text.field())) {
                    fields.add(text.field());
                }
                String encoding = name(text.encoding());
                if (!encodings.contains(encoding)) {
                    encodings.add(encoding);
                }
            }
        }
        return List.of(Finding.builder(ReasonCode.LEGACY_ENCODING_FIXED, Severity.INFO)
                .message("Text in a legacy font encoding (" + String.join(", ", encodings)
                        + ") was converted to Unicode in: " + String.join(", ", fields))
                .put("fields", String.join(", ", fields))
                .put("encodings", String.join(", ", encodings))
                .build());
    }

    private static String name(TextEncoding encoding) {
        return switch (encoding) {
            case TCVN3 -> "TCVN3";
            case VNI_WINDOWS -> "VNI-Windows";
            case WINDOWS_1258 -> "Windows-1258";
            default -> encoding.name();
        };
    }
}
