package org.parcelrecon.core.rule.builtin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.parcelrecon.core.evidence.Evidence;
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
 * USER_NOT_FOUND: a land user without an identity. One finding per land user whose linking found no
 * citizen, or whose best citizen's probability is below {@code minMatchProbability}; one finding for a
 * registered record with no land user at all. Records nobody registered are left to REGISTER_ROW_MISSING.
 * A land user whose name is an organisation's ({@code "Công ty TNHH …"}, {@code "UBND xã …"}; see
 * {@link LandUser#organization()}) is not looked for in the population registry and reports nothing when unlinked.
 */
final class UserNotFoundRule implements Rule {
    static final String ID = "USER_NOT_FOUND";

    private final double minMatchProbability;
    private final IdDisclosure disclosure;

    UserNotFoundRule(RuleParameters parameters) {
        RuleParameters p = BuiltInDefaults.withDefaults(parameters);
        minMatchProbability = Limits.unitInterval(p, "minMatchProbability");
        disclosure = p.idDisclosure();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A land user who was not found in the population registry, or a record with no land user.";
    }

    @Override
    public Rule configure(RuleParameters parameters) {
        return new UserNotFoundRule(parameters);
    }

    @Override
    public List<Finding> check(Evidence evidence) {
        List<RegisterRow> rows = evidence.rows();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Finding> out = null;
        boolean anyUser = false;
        for (int r = 0, nr = rows.size(); r < nr; r++) {
            RegisterRow row = rows.get(r);
            List<LandUser> users = row.landUsers();
            for (int u = 0, nu = users.size(); u < nu; u++) {
                anyUser = true;
                LandUser user = users.get(u);
                if (user.link().isPresent() && user.link().get().matchProbability() + Limits.EPSILON >= minMatchProbability) {
                    continue;
                }
                if (user.link().isEmpty() && user.organization()) {
                    continue; // organisations hold land too, but are not in the population registry
                }
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(finding(row, user));
            }
        }
        if (!anyUser) {
            return List.of(Finding.builder(ReasonCode.USER_NOT_FOUND, Severity.MISSING)
                    .message("No land user (người sử dụng đất) is recorded for this parcel")
                    .put("landUsers", 0)
                    .build());
        }
        return out == null ? List.of() : Collections.unmodifiableList(out);
    }

    private Finding finding(RegisterRow row, LandUser user) {
        Finding.Builder b = UserParts.putUser(Finding.builder(ReasonCode.USER_NOT_FOUND, Severity.MISSING), row, user, disclosure);
        String m = "Land user (người sử dụng đất) " + user.name()
                + " was not found in the population registry (cơ sở dữ liệu quốc gia về dân cư)";
        if (user.link().isPresent()) {
            UserLink link = user.link().get();
            m += ": the best match has probability " + Numbers.fixed(link.matchProbability(), 2)
                    + ", below " + Numbers.fixed(minMatchProbability, 2);
            b.put("matchProbability", link.matchProbability());
        }
        return b.message(m).build();
    }
}
