package org.parcelrecon.core.rule.builtin;

import org.parcelrecon.core.citizen.CitizenId;
import org.parcelrecon.core.citizen.CitizenIdKind;
import org.parcelrecon.core.citizen.CitizenIds;
import org.parcelrecon.core.evidence.Citizen;
import org.parcelrecon.core.evidence.LandUser;
import org.parcelrecon.core.evidence.RegisterRow;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.IdDisclosure;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.Rule;
import org.parcelrecon.core.rule.RuleParameters;

/**
 * USER_ID_OUTDATED: the register records a land user only by an old 9-digit CMND, which the national land database
 * no longer takes as identity: the 12-digit personal identification number is needed. WARNING; when the user was
 * linked to a citizen who has a 12-digit number, the finding gives it (masked unless configured otherwise) as the
 * number to record.
 * <pre>
 *   "100123456" linked to a citizen with CCCD 022062001234 → WARNING "… record 022*******34 instead"
 *   "022062001234"                                         → nothing
 * </pre>
 */
final class UserIdOutdatedRule extends PerUserRule {
    static final String ID = "USER_ID_OUTDATED";

    private final IdDisclosure disclosure;

    UserIdOutdatedRule(RuleParameters parameters) {
        disclosure = BuiltInDefaults.withDefaults(parameters).idDisclosure();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A land user is recorded only by an old 9-digit CMND number.";
    }

    @Override
    public Rule configure(RuleParameters parameters) {
        return new UserIdOutdatedRule(parameters);
    }

    @Override
    Finding checkUser(RegisterRow row, LandUser user) {
        if (user.idNumber().isEmpty() || isTwelveDigits(user.idNumber().get())) {
            return null; // the common case, never a CMND: skip the parse
        }
        CitizenId id = CitizenIds.parse(user.idNumber().get());
        if (!id.isValid() || id.kind().orElseThrow() != CitizenIdKind.CMND) {
            return null;
        }
        Finding.Builder b = UserParts.putUser(Finding.builder(ReasonCode.USER_ID_OUTDATED, Severity.WARNING),
                row, user, disclosure);
        StringBuilder m = new StringBuilder(160)
                .append("Land user is recorded only by an old 9-digit CMND (chứng minh nhân dân) ")
                .append(disclosure.apply(id.normalized().orElseThrow()));
        if (user.link().isPresent()) {
            Citizen citizen = user.link().get().citizen();
            if (citizen.idKind().equals(CitizenIdKind.CCCD.name())) {
                b.putId("citizenId", citizen.idNumber(), disclosure);
                m.append("; the linked citizen's personal identification number is ")
                        .append(disclosure.apply(citizen.idNumber())).append(": record it instead");
            }
        } else {
            m.append("; the 12-digit personal identification number (số định danh cá nhân) is needed");
        }
        return b.message(m.toString()).build();
    }

    private static boolean isTwelveDigits(String s) {
        if (s.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
