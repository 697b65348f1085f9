package org.parcelrecon.core.rule.builtin;

import java.util.List;
import org.parcelrecon.core.evidence.ChangeClass;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.ParcelChange;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.Rule;
import org.parcelrecon.core.rule.RuleParameters;

/**
 * PARCEL_CHANGED_SINCE_SURVEY: the parcel changed between the old survey and the new one, so the register
 * (written from the old survey) may describe a parcel that no longer exists as such. The severity depends
 * on the change class ({@code severityByChange}); a class left out or set to {@code "OFF"} reports nothing.
 */
final class ParcelChangedRule implements Rule {
    static final String ID = "PARCEL_CHANGED_SINCE_SURVEY";
    private static final String OFF = "OFF";

    /** Severity by {@link ChangeClass#ordinal()}; null: do not report. */
    private final Severity[] severityByChange;

    ParcelChangedRule(RuleParameters parameters) {
        RuleParameters bySeverity = BuiltInDefaults.withDefaults(parameters).getObject("severityByChange");
        ChangeClass[] classes = ChangeClass.values();
        severityByChange = new Severity[classes.length];
        for (ChangeClass c : classes) {
            String value = bySeverity.getString(c.name(), OFF);
            if (!value.equals(OFF)) {
                severityByChange[c.ordinal()] = severity(bySeverity, c, value);
            }
        }
    }

    private static Severity severity(RuleParameters p, ChangeClass c, String value) {
        for (Severity s : Severity.values()) {
            if (s.name().equals(value)) {
                return s;
            }
        }
        throw p.invalid(c.name(), "expected \"OFF\", \"INFO\", \"WARNING\", \"CONTRADICTION\" or \"MISSING\", found \"" + value + "\"");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "The map parcel was split, merged, re-parcelled or modified since the earlier survey.";
    }

    @Override
    public Rule configure(RuleParameters parameters) {
        return new ParcelChangedRule(parameters);
    }

    @Override
    public List<Finding> check(Evidence evidence) {
        if (evidence.change().isEmpty()) {
            return List.of();
        }
        ParcelChange change = evidence.change().get();
        Severity severity = severityByChange[change.changeClass().ordinal()];
        if (severity == null) {
            return List.of();
        }
        return List.of(finding(change, severity));
    }

    private static Finding finding(ParcelChange change, Severity severity) {
        StringBuilder m = new StringBuilder(120).append(what(change.changeClass()));
        Finding.Builder b = Finding.builder(ReasonCode.PARCEL_CHANGED_SINCE_SURVEY, severity)
                .put("changeClass", change.changeClass().name());
        if (change.areaChangePercent().isPresent()) {
            String percent = Numbers.fixed(change.areaChangePercent().getAsDouble(), 1);
            m.append("; area changed by ").append(percent).append('%');
            b.put("areaChangePercent", percent);
        }
        if (!change.oldParcelIds().isEmpty()) {
            String ids = String.join(", ", change.oldParcelIds());
            m.append("; old parcel(s): ").append(ids);
            b.put("oldParcelIds", ids);
        }
        return b.message(m.toString()).build();
    }

    private static String what(ChangeClass c) {
        return switch (c) {
            case UNCHANGED -> "Parcel is unchanged since the earlier survey";
            case MODIFIED -> "Parcel boundary changed (biến động) since the earlier survey";
            case SPLIT -> "Parcel was split (tách thửa) since the earlier survey";
            case MERGED -> "Parcel was merged (hợp thửa) with others since the earlier survey";
            case REPARCELLED -> "Parcel was re-parcelled (dồn điền đổi thửa) since the earlier survey";
            case NEW -> "Parcel appears only on the new map, not in the earlier survey";
            case REMOVED -> "Parcel is in the earlier survey but no longer on the new map";
        };
    }
}
