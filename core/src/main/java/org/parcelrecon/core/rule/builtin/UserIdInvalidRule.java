package org.parcelrecon.core.rule.builtin;

import java.util.OptionalInt;
import org.parcelrecon.core.citizen.CitizenId;
import org.parcelrecon.core.citizen.CitizenIds;
import org.parcelrecon.core.citizen.IdProblem;
import org.parcelrecon.core.evidence.LandUser;
import org.parcelrecon.core.evidence.RegisterRow;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.IdDisclosure;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.Rule;
import org.parcelrecon.core.rule.RuleParameters;

/**
 * USER_ID_INVALID: a land user's ID number as written is not a valid CCCD or CMND ({@link CitizenIds#parse}): wrong
 * length, not digits, an unknown province code, a birth year in the future or one that disagrees with the birth
 * year written beside it, or digits lost to a spreadsheet. WARNING with every problem, the ID masked unless the
 * configuration says {@code "idDisclosure": "FULL"}. An ID that spreadsheet damage made unreadable but that was
 * repaired with certainty ({@code 2.2190012345E+10}, a lost leading zero) is valid and reports nothing here unless
 * {@code reportRepairs} is true, when it is INFO. A user with no ID reports nothing (USER_NOT_FOUND covers identity).
 * <pre>
 *   "022190012345"                      → nothing
 *   "0221900123" (10 digits)            → WARNING, WRONG_LENGTH
 *   "022190012345" written beside 1991  → WARNING, BIRTH_YEAR_MISMATCH
 * </pre>
 */
final class UserIdInvalidRule extends PerUserRule {
    static final String ID = "USER_ID_INVALID";

    private final boolean reportRepairs;
    private final IdDisclosure disclosure;

    UserIdInvalidRule(RuleParameters parameters) {
        RuleParameters p = BuiltInDefaults.withDefaults(parameters);
        reportRepairs = p.getBoolean("reportRepairs");
        disclosure = p.idDisclosure();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A land user's ID number is not a valid 12-digit CCCD or 9-digit CMND.";
    }

    @Override
    public Rule configure(RuleParameters parameters) {
        return new UserIdInvalidRule(parameters);
    }

    @Override
    Finding checkUser(RegisterRow row, LandUser user) {
        if (user.idNumber().isEmpty() || user.idNumber().get().isBlank()) {
            return null;
        }
        OptionalInt year = user.birthYear();
        if (!reportRepairs && CitizenIds.isValid(user.idNumber().get(), year)) {
            return null; // the common case, decided without building the parse result
        }
        CitizenId id = year.isPresent() ? CitizenIds.parse(user.idNumber().get(), year.getAsInt())
                : CitizenIds.parse(user.idNumber().get());
        if (!id.isValid()) {
            return invalid(row, user, id);
        }
        if (reportRepairs && id.repaired()) {
            return UserParts.putUser(Finding.builder(ReasonCode.USER_ID_INVALID, Severity.INFO), row, user, disclosure)
                    .put("repairs", id.repairs().toString())
                    .message("Land user ID (số định danh) was damaged by a spreadsheet and repaired with certainty ("
                            + id.repairs() + "): write it back as " + disclosure.apply(id.normalized().orElseThrow()))
                    .build();
        }
        return null;
    }

    private Finding invalid(RegisterRow row, LandUser user, CitizenId id) {
        StringBuilder codes = new StringBuilder();
        StringBuilder messages = new StringBuilder();
        for (IdProblem p : id.problems()) {
            if (codes.length() > 0) {
                codes.append(',');
                messages.append("; ");
            }
            codes.append(p.code().name());
            messages.append(p.message());
        }
        return UserParts.putUser(Finding.builder(ReasonCode.USER_ID_INVALID, Severity.WARNING), row, user, disclosure)
                .put("problems", codes.toString())
                .message("Land user ID (số CCCD/CMND) " + disclosure.apply(user.idNumber().orElseThrow().strip())
                        + " is not valid: " + messages)
                .build();
    }
}
