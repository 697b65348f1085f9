package org.parcelrecon.core.rule.builtin;

import org.parcelrecon.core.evidence.LandUser;
import org.parcelrecon.core.evidence.RegisterRow;
import org.parcelrecon.core.evidence.UserLink;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.IdDisclosure;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.Rule;
import org.parcelrecon.core.rule.RuleParameters;

/**
 * USER_BIRTH_YEAR_MISMATCH: a land user's birth year as written against the linked citizen's. A difference
 * of at most {@code toleranceYears} is ignored; below {@code conflictYears} it is a WARNING (an entry slip,
 * or a lunar-calendar year), from {@code conflictYears} on a CONTRADICTION. Nothing is reported when either
 * year is unknown.
 * <pre>
 *   defaults (0, 2): 1962 / 1962 → nothing;  1962 / 1963 → WARNING;  1962 / 1965 → CONTRADICTION
 * </pre>
 */
final class UserBirthYearMismatchRule extends PerUserRule {
    static final String ID = "USER_BIRTH_YEAR_MISMATCH";

    private final int toleranceYears;
    private final int conflictYears;
    private final IdDisclosure disclosure;

    UserBirthYearMismatchRule(RuleParameters parameters) {
        RuleParameters p = BuiltInDefaults.withDefaults(parameters);
        toleranceYears = p.getInt("toleranceYears");
        if (toleranceYears < 0) {
            throw p.invalid("toleranceYears", "must be at least 0; got " + toleranceYears);
        }
        conflictYears = p.getInt("conflictYears");
        if (conflictYears <= toleranceYears) {
            String blamed = p.isExplicit("conflictYears") || !p.isExplicit("toleranceYears") ? "conflictYears" : "toleranceYears";
            throw p.invalid(blamed, "conflictYears (" + conflictYears + ") must be above toleranceYears (" + toleranceYears + ")");
        }
        disclosure = p.idDisclosure();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A land user's birth year differs from the birth year of the citizen it was linked to.";
    }

    @Override
    public Rule configure(RuleParameters parameters) {
        return new UserBirthYearMismatchRule(parameters);
    }

    @Override
    Finding checkUser(RegisterRow row, LandUser user) {
        if (user.link().isEmpty() || user.birthYear().isEmpty()) {
            return null;
        }
        UserLink link = user.link().get();
        if (link.citizen().birthYear().isEmpty()) {
            return null;
        }
        int written = user.birthYear().getAsInt();
        int citizen = link.citizen().birthYear().getAsInt();
        int difference = Math.abs(written - citizen);
        if (difference <= toleranceYears) {
            return null;
        }
        Severity severity = difference >= conflictYears ? Severity.CONTRADICTION : Severity.WARNING;
        return UserParts.putUser(Finding.builder(ReasonCode.USER_BIRTH_YEAR_MISMATCH, severity), row, user, disclosure)
                .putId("citizenId", link.citizen().idNumber(), disclosure)
                .put("birthYear", written)
                .put("citizenBirthYear", citizen)
                .message("Land user birth year (năm sinh) " + written + " differs from the linked citizen's "
                        + citizen + " by " + difference + (difference == 1 ? " year" : " years"))
                .build();
    }
}
