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
 * USER_AMBIGUOUS: a land user's best citizen and the runner-up are less than {@code minProbabilityGap}
 * apart, so the link may name the wrong person. A gap equal to the minimum (to within {@link Limits#EPSILON}) is enough.
 * <pre>
 *   best 0.95, runner-up 0.40, gap 0.2 → nothing
 *   best 0.91, runner-up 0.88, gap 0.2 → WARNING
 *   best 0.91, no runner-up            → nothing
 * </pre>
 */
final class UserAmbiguousRule extends PerUserRule {
    static final String ID = "USER_AMBIGUOUS";

    private final double minProbabilityGap;
    private final IdDisclosure disclosure;

    UserAmbiguousRule(RuleParameters parameters) {
        RuleParameters p = BuiltInDefaults.withDefaults(parameters);
        minProbabilityGap = Limits.unitInterval(p, "minProbabilityGap");
        disclosure = p.idDisclosure();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A land user's best and second-best citizen matches are too close to tell apart.";
    }

    @Override
    public Rule configure(RuleParameters parameters) {
        return new UserAmbiguousRule(parameters);
    }

    @Override
    Finding checkUser(RegisterRow row, LandUser user) {
        if (user.link().isEmpty()) {
            return null;
        }
        UserLink link = user.link().get();
        if (link.runnerUpProbability().isEmpty()
                || link.matchProbability() - link.runnerUpProbability().getAsDouble() + Limits.EPSILON >= minProbabilityGap) {
            return null;
        }
        return finding(row, user, link);
    }

    private Finding finding(RegisterRow row, LandUser user, UserLink link) {
        double runnerUp = link.runnerUpProbability().getAsDouble();
        return UserParts.putUser(Finding.builder(ReasonCode.USER_AMBIGUOUS, Severity.WARNING), row, user, disclosure)
                .putId("citizenId", link.citizen().idNumber(), disclosure)
                .put("matchProbability", link.matchProbability())
                .put("runnerUpProbability", runnerUp)
                .message("Land user (người sử dụng đất) " + user.name() + " matches two citizens almost equally well ("
                        + Numbers.fixed(link.matchProbability(), 2) + " and " + Numbers.fixed(runnerUp, 2)
                        + "; a gap of at least " + Numbers.fixed(minProbabilityGap, 2) + " is needed)")
                .build();
    }
}
