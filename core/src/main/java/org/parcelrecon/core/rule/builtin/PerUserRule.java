package org.parcelrecon.core.rule.builtin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.LandUser;
import org.parcelrecon.core.evidence.RegisterRow;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.rule.Rule;

/**
 * A built-in rule that judges each land user on its own: the walk over rows and users, in register order, lives here
 * once. Allocates nothing when no user is reported.
 */
abstract class PerUserRule implements Rule {

    /** The finding for this land user, or {@code null} when there is nothing to report. */
    abstract Finding checkUser(RegisterRow row, LandUser user);

    @Override
    public final List<Finding> check(Evidence evidence) {
        List<RegisterRow> rows = evidence.rows();
        List<Finding> out = null;
        for (int r = 0, nr = rows.size(); r < nr; r++) {
            RegisterRow row = rows.get(r);
            List<LandUser> users = row.landUsers();
            for (int u = 0, nu = users.size(); u < nu; u++) {
                Finding f = checkUser(row, users.get(u));
                if (f != null) {
                    if (out == null) {
                        out = new ArrayList<>(2);
                    }
                    out.add(f);
                }
            }
        }
        return out == null ? List.of() : Collections.unmodifiableList(out);
    }
}
