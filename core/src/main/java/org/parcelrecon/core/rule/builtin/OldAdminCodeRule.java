package org.parcelrecon.core.rule.builtin;

import java.util.List;
import java.util.Optional;
import org.parcelrecon.core.admin.AdminUnit;
import org.parcelrecon.core.admin.AdministrativeUnits;
import org.parcelrecon.core.admin.CommuneResolution;
import org.parcelrecon.core.admin.Period;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.RecordKey;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.Rule;

/**
 * OLD_ADMIN_CODE: the register wrote a commune code other than the one the parcel has today, typically a code from
 * before the commune merger of 1 July 2025 (Resolution 1679/NQ-UBTVQH15 for Quảng Ninh). WARNING, naming both units
 * where the bundled tables know them, and saying so when the old unit was split between several new ones.
 * The province's units are the rule's configuration ({@link BuiltInRules#all(AdministrativeUnits)}).
 * Codes that differ only in lost leading zeros ({@code 6652} / {@code 06652}) are the same code: nothing is reported.
 * <pre>
 *   as written 06664, today 06652 → WARNING "… 06664 (Phường Hà Tu, before 1 Jul 2025) … now 06652 (Phường Hà Tu)"
 *   as written 06652, today 06652 → nothing
 *   as written "",    today 06652 → nothing (the register wrote no code)
 * </pre>
 */
final class OldAdminCodeRule implements Rule {
    static final String ID = "OLD_ADMIN_CODE";
    private static final int CODE_LENGTH = 5;
    private final AdministrativeUnits units;

    OldAdminCodeRule(AdministrativeUnits units) {
        this.units = java.util.Objects.requireNonNull(units, "units");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "The register wrote a commune code other than today's, e.g. a code from before the 1 July 2025 merger.";
    }

    @Override
    public List<Finding> check(Evidence evidence) {
        RecordKey key = evidence.key();
        String written = padded(key.communeCodeAsWritten());
        if (written.isEmpty() || written.equals(padded(key.communeCode()))) {
            return List.of();
        }
        Optional<AdminUnit> old = units.before(written);
        Optional<AdminUnit> now = units.current(key.communeCode());
        Finding.Builder b = Finding.builder(ReasonCode.OLD_ADMIN_CODE, Severity.WARNING)
                .put("communeCodeAsWritten", key.communeCodeAsWritten().strip())
                .put("communeCode", key.communeCode());
        StringBuilder m = new StringBuilder(200).append("Commune code (mã đơn vị hành chính cấp xã) ").append(written);
        if (old.isPresent()) {
            b.put("oldUnit", old.get().fullName());
            m.append(" (").append(old.get().fullName()).append(", before 1 Jul 2025)");
        }
        m.append(" is not today's code: the parcel now lies in ").append(key.communeCode());
        if (now.isPresent()) {
            b.put("currentUnit", now.get().fullName());
            m.append(" (").append(now.get().fullName()).append(')');
        }
        if (units.resolve(written, Period.MERGER_DATE.minusDays(1)) instanceof CommuneResolution.Partial partial) {
            m.append("; the old unit was split between ").append(partial.currentCandidates().size())
                    .append(" new units, so the new code depends on the parcel's location");
        }
        return List.of(b.message(m.toString()).build());
    }

    /** The code with lost leading zeros put back, when it is all digits; otherwise stripped as written. */
    private static String padded(String code) {
        String s = code.strip();
        if (s.isEmpty() || s.length() >= CODE_LENGTH) {
            return s;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return s;
            }
        }
        return "0".repeat(CODE_LENGTH - s.length()) + s;
    }
}
