package org.parcelrecon.core.rule.builtin;

import org.parcelrecon.core.evidence.LandUser;
import org.parcelrecon.core.evidence.RegisterRow;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.IdDisclosure;

/** The evidence values every user finding starts with: who, and where in the register. */
final class UserParts {
    private UserParts() {
    }

    static Finding.Builder putUser(Finding.Builder b, RegisterRow row, LandUser user, IdDisclosure disclosure) {
        b.put("landUser", user.name());
        if (user.idNumber().isPresent()) {
            b.putId("landUserId", user.idNumber().get(), disclosure);
        }
        if (row.sourceLine().isPresent()) {
            b.put("line", row.sourceLine().getAsLong());
        }
        return b;
    }
}
