package org.parcelrecon.core.rule.builtin;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.RecordKey;
import org.parcelrecon.core.evidence.RegisterRow;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.Rule;
import org.parcelrecon.core.rule.RuleParameters;

/**
 * DUPLICATE_KEY: rows under one key that describe different parcels. The register has one row per parcel
 * and land user, so rows that agree on registered area (within {@code sameAreaToleranceM2}), land-use code
 * and certificate serial (both ignoring case and spaces) are co-users of one parcel, not duplicates.
 * A field written on one row and blank on the other does not count as a difference.
 */
final class DuplicateKeyRule implements Rule {
    static final String ID = "DUPLICATE_KEY";

    private final double sameAreaToleranceM2;

    DuplicateKeyRule(RuleParameters parameters) {
        RuleParameters p = BuiltInDefaults.withDefaults(parameters);
        sameAreaToleranceM2 = p.getDouble("sameAreaToleranceM2");
        if (!(sameAreaToleranceM2 >= 0)) {
            throw p.invalid("sameAreaToleranceM2", "must be at least 0; got " + sameAreaToleranceM2);
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Register rows under one key that disagree on area, land-use code or certificate serial.";
    }

    @Override
    public Rule configure(RuleParameters parameters) {
        return new DuplicateKeyRule(parameters);
    }

    @Override
    public List<Finding> check(Evidence evidence) {
        List<RegisterRow> rows = evidence.rows();
        int n = rows.size();
        if (n < 2) {
            return List.of();
        }
        boolean area = false;
        boolean landUse = false;
        boolean serial = false;
        RegisterRow first = rows.get(0);
        for (int i = 1; i < n; i++) {
            RegisterRow row = rows.get(i);
            area |= areasDiffer(first.registeredAreaM2(), row.registeredAreaM2());
            landUse |= textsDiffer(first.landUseCode(), row.landUseCode());
            serial |= textsDiffer(first.certificateSerial(), row.certificateSerial());
        }
        if (!(area || landUse || serial)) {
            return List.of();
        }
        return List.of(finding(evidence.key(), rows, area, landUse, serial));
    }

    private boolean areasDiffer(OptionalDouble a, OptionalDouble b) {
        return a.isPresent() && b.isPresent() && Math.abs(a.getAsDouble() - b.getAsDouble()) > sameAreaToleranceM2;
    }

    private static boolean textsDiffer(Optional<String> a, Optional<String> b) {
        return a.isPresent() && b.isPresent() && !sameIgnoringCaseAndSpaces(a.get(), b.get());
    }

    /** {@code "CN 719597"} and {@code "cn719597"} are the same; {@code "CN 719597"} and {@code "CN 719598"} are not. */
    static boolean sameIgnoringCaseAndSpaces(String a, String b) {
        int i = 0;
        int j = 0;
        while (true) {
            while (i < a.length() && Character.isWhitespace(a.charAt(i))) {
                i++;
            }
            while (j < b.length() && Character.isWhitespace(b.charAt(j))) {
                j++;
            }
            if (i == a.length() || j == b.length()) {
                return i == a.length() && j == b.length();
            }
            char x = a.charAt(i++);
            char y = b.charAt(j++);
            if (x != y && Character.toUpperCase(x) != Character.toUpperCase(y)) {
                return false;
            }
        }
    }

    private static Finding finding(RecordKey key, List<RegisterRow> rows, boolean area, boolean landUse, boolean serial) {
        StringBuilder fields = new StringBuilder();
        StringBuilder fieldNames = new StringBuilder();
        if (area) {
            fields.append("registered area (diện tích)");
            fieldNames.append("registeredArea");
        }
        if (landUse) {
            fields.append(fields.length() == 0 ? "" : ", ").append("land-use code (mục đích sử dụng)");
            fieldNames.append(fieldNames.length() == 0 ? "" : ", ").append("landUseCode");
        }
        if (serial) {
            fields.append(fields.length() == 0 ? "" : ", ").append("certificate serial (số phát hành GCN)");
            fieldNames.append(fieldNames.length() == 0 ? "" : ", ").append("certificateSerial");
        }
        StringBuilder lines = new StringBuilder();
        StringBuilder areas = new StringBuilder();
        StringBuilder codes = new StringBuilder();
        StringBuilder serials = new StringBuilder();
        for (RegisterRow row : rows) {
            if (row.sourceLine().isPresent()) {
                lines.append(lines.length() == 0 ? "" : ", ").append(row.sourceLine().getAsLong());
            }
            areas.append(areas.length() == 0 ? "" : "; ")
                    .append(row.registeredAreaM2().isPresent() ? Numbers.fixed(row.registeredAreaM2().getAsDouble(), 1) : "-");
            codes.append(codes.length() == 0 ? "" : "; ").append(row.landUseCode().orElse("-"));
            serials.append(serials.length() == 0 ? "" : "; ").append(row.certificateSerial().orElse("-"));
        }
        Finding.Builder b = Finding.builder(ReasonCode.DUPLICATE_KEY, Severity.CONTRADICTION)
                .message(rows.size() + " register rows share sheet (tờ) " + key.sheet() + ", plot (thửa) " + key.plot()
                        + " but differ in " + fields)
                .put("rows", rows.size())
                .put("differingFields", fieldNames.toString());
        if (lines.length() > 0) {
            b.put("lines", lines.toString());
        }
        if (area) {
            b.put("registeredAreasM2", areas.toString());
        }
        if (landUse) {
            b.put("landUseCodes", codes.toString());
        }
        if (serial) {
            b.put("certificateSerials", serials.toString());
        }
        return b.build();
    }
}
