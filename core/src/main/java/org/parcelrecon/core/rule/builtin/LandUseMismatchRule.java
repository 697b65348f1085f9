package org.parcelrecon.core.rule.builtin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.MapParcel;
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
 * A valid code that differs from the code the map carries for the parcel (as a set: {@code "CLN+ONT"} equals
 * {@code "ONT+CLN"}) is {@code mapDifferenceSeverity} (CONTRADICTION by default: register and map disagree), once
 * per distinct code written; nothing is said when the map carries no code.
 * <pre>
 *   "ODT", "ONT+CLN"            → nothing
 *   "LUN"                       → WARNING, suggests LUK
 *   "XYZ"                       → CONTRADICTION
 *   "ONT", map parcel "ODT"     → CONTRADICTION (register and map disagree)
 * </pre>
 * The verdict per distinct text is cached: a register holds few distinct codes.
 */
final class LandUseMismatchRule implements Rule {
    static final String ID = "LAND_USE_MISMATCH";
    private static final int CACHE_LIMIT = 4096;

    private final Optional<Severity> missingSeverity;
    private final Optional<Severity> mapDifferenceSeverity;
    private final Map<String, List<LandUseCheck>> verdicts = new ConcurrentHashMap<>();

    LandUseMismatchRule(RuleParameters parameters) {
        RuleParameters p = BuiltInDefaults.withDefaults(parameters);
        missingSeverity = severityOrOff(p, "missingSeverity");
        mapDifferenceSeverity = severityOrOff(p, "mapDifferenceSeverity");
    }

    private static Optional<Severity> severityOrOff(RuleParameters p, String name) {
        String value = p.getString(name);
        if (value.equals("OFF")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Severity.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw p.invalid(name, "must be OFF or one of INFO, WARNING, CONTRADICTION, MISSING; got " + value);
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
            boolean valid = true;
            for (int i = 0, n = checks.size(); i < n; i++) {
                valid &= !(checks.get(i) instanceof LandUseCheck.Retired) && !(checks.get(i) instanceof LandUseCheck.Unknown);
            }
            if (valid && mapDifferenceSeverity.isPresent() && !reported(rows, r, written)) {
                Optional<String> map = mapCode(evidence.mapParcels());
                if (map.isPresent() && !codeSet(map.get()).equals(codeSet(written))) {
                    out = add(out, base(row, mapDifferenceSeverity.get(), written)
                            .message("Land-use code (mục đích sử dụng) '" + written.strip() + "' on the register differs from '"
                                    + map.get().strip() + "' on the cadastral map (bản đồ địa chính)")
                            .put("mapLandUseCode", map.get().strip())
                            .build());
                }
            }
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

    /** The map's code for the record: the one code its parcels agree on, empty when none or when they differ. */
    private static Optional<String> mapCode(List<MapParcel> parcels) {
        String code = null;
        for (MapParcel p : parcels) {
            if (p.landUseCode().isEmpty() || p.landUseCode().get().isBlank()) {
                continue;
            }
            String c = p.landUseCode().get();
            if (code != null && !codeSet(code).equals(codeSet(c))) {
                return Optional.empty();
            }
            code = c;
        }
        return Optional.ofNullable(code);
    }

    /** Whether an earlier row of the record wrote the same code (reported there). */
    private static boolean reported(List<RegisterRow> rows, int r, String written) {
        for (int i = 0; i < r; i++) {
            Optional<String> c = rows.get(i).landUseCode();
            if (c.isPresent() && c.get().strip().equalsIgnoreCase(written.strip())) {
                return true;
            }
        }
        return false;
    }

    /** {@code "ont + CLN"} → {@code [CLN, ONT]}. */
    private static java.util.SortedSet<String> codeSet(String codes) {
        java.util.SortedSet<String> set = new java.util.TreeSet<>();
        for (String c : codes.split("[+,;/]")) {
            String t = c.strip().toUpperCase(java.util.Locale.ROOT);
            if (!t.isEmpty()) {
                set.add(t);
            }
        }
        return set;
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
