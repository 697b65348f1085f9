package org.parcelrecon.core.rule.builtin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.RegisterRow;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.landuse.LandUseCheck;
import org.parcelrecon.core.landuse.LandUseCode;
import org.parcelrecon.core.landuse.LandUseCodes;
import org.parcelrecon.core.rule.Rule;
import org.parcelrecon.core.rule.RuleParameters;

/**
 * LAND_USE_MISMATCH: a register row's land-use code (mục đích sử dụng đất) checked against the national list
 * ({@link LandUseCodes#national()}). A retired code is a WARNING that names the current code to use where the
 * table suggests one; a code in neither list is a CONTRADICTION; a row with no code is {@code missingSeverity}
 * (WARNING by default, {@code "OFF"} to ignore). Fields with two uses ({@code "ONT+CLN"}) are checked code by code.
 * <pre>
 *   "ODT", "ONT+CLN"  → nothing
 *   "LUN"             → WARNING, suggests LUK
 *   "XYZ"             → CONTRADICTION
 * </pre>
 * The verdict per distinct text is cached: a register holds few distinct codes.
 */
final class LandUseMismatchRule implements Rule {
    static final String ID = "LAND_USE_MISMATCH";
    private static final int CACHE_LIMIT = 4096;

    private final Optional<Severity> missingSeverity;
    private final Map<String, List<LandUseCheck>> verdicts = new ConcurrentHashMap<>();

    LandUseMismatchRule(RuleParameters parameters) {
        RuleParameters p = BuiltInDefaults.withDefaults(parameters);
        String missing = p.getString("missingSeverity");
        if (missing.equals("OFF")) {
            missingSeverity = Optional.empty();
        } else {
            try {
                missingSeverity = Optional.of(Severity.valueOf(missing));
            } catch (IllegalArgumentException e) {
                throw p.invalid("missingSeverity", "must be OFF or one of INFO, WARNING, CONTRADICTION, MISSING; got " + missing);
            }
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "The land-use code is missing, retired (with the current code suggested) or not a land-use code.";
    }

    @Override
    public Rule configure(RuleParameters parameters) {
        return new LandUseMismatchRule(parameters);
    }

    @Override
    public List<Finding> check(Evidence evidence) {
        List<Finding> out = null;
        List<RegisterRow> rows = evidence.rows();
        for (int r = 0, nr = rows.size(); r < nr; r++) {
            RegisterRow row = rows.get(r);
            if (row.landUseCode().isEmpty() || row.landUseCode().get().isBlank()) {
                if (missingSeverity.isPresent()) {
                    out = add(out, base(row, missingSeverity.get(), "")
                            .message("No land-use code (mục đích sử dụng) on the register row").build());
                }
                continue;
            }
            String written = row.landUseCode().get();
            List<LandUseCheck> checks = verdict(written);
            for (int i = 0, n = checks.size(); i < n; i++) {
                LandUseCheck check = checks.get(i);
                if (check instanceof LandUseCheck.Retired retired) {
                    out = add(out, retired(row, written, retired));
                } else if (check instanceof LandUseCheck.Unknown unknown) {
                    out = add(out, base(row, Severity.CONTRADICTION, written)
                            .message("Land-use code (mã loại đất) '" + written.strip() + "' is not in the national list: "
                                    + unknown.reason())
                            .build());
                }
            }
        }
        return out == null ? List.of() : Collections.unmodifiableList(out);
    }

    private List<LandUseCheck> verdict(String written) {
        List<LandUseCheck> cached = verdicts.get(written);
        if (cached == null) {
            cached = LandUseCodes.national().checkCombined(written);
            if (verdicts.size() < CACHE_LIMIT) {
                verdicts.put(written, cached);
            }
        }
        return cached;
    }

    private static Finding retired(RegisterRow row, String written, LandUseCheck.Retired retired) {
        LandUseCode code = retired.code();
        Finding.Builder b = base(row, Severity.WARNING, written).put("retiredCode", code.code());
        StringBuilder m = new StringBuilder(160).append("Land-use code (mã loại đất) ").append(code.code())
                .append(" (").append(code.nameVi()).append(") is no longer in the list in force since 1 Aug 2024");
        if (retired.suggestion().isPresent()) {
            LandUseCode.Mapping s = retired.suggestion().get();
            b.put("suggestedCode", s.code());
            m.append("; use ").append(s.code()).append(s.guess() ? " (a guess: check it)" : "");
        } else {
            m.append("; no current code is known for it");
        }
        if (code.confidence() == LandUseCode.Confidence.LOW) {
            m.append(" (its retirement is not established: low confidence)");
        }
        return b.message(m.toString()).build();
    }

    private static Finding.Builder base(RegisterRow row, Severity severity, String written) {
        Finding.Builder b = Finding.builder(ReasonCode.LAND_USE_MISMATCH, severity).put("landUseCode", written.strip());
        if (row.sourceLine().isPresent()) {
            b.put("line", row.sourceLine().getAsLong());
        }
        return b;
    }

    private static List<Finding> add(List<Finding> out, Finding f) {
        List<Finding> list = out == null ? new ArrayList<>(2) : out;
        list.add(f);
        return list;
    }
}
