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
import org.parcelrecon.core.text.JaroWinkler;
import org.parcelrecon.core.text.VietnameseText;

/**
 * USER_NAME_MISMATCH: a land user's name as written against the linked citizen's name.
 *
 * <p>Names are compared after folding ({@link VietnameseText#fold}: no diacritics, lower case, đ as d,
 * whitespace collapsed), because registers were often typed without diacritics or in capitals.
 * <ul>
 *   <li>Same folded name, and no word where both names carry diacritics and spell it differently: nothing.</li>
 *   <li>Same folded name, but a word spelt differently where both carry diacritics ("Hường" / "Hương"), or a
 *       mark left out of a name typed with marks ("Le Văn Trung" / "Lê Văn Trung"):
 *       WARNING, unless {@code flagDiacritics} is false.</li>
 *   <li>Different folded names: WARNING when their Jaro-Winkler similarity is at least
 *       {@code reviewSimilarity}, else CONTRADICTION.</li>
 * </ul>
 * <pre>
 *   "NGUYEN VAN AN"     / "Nguyễn Văn An"     → nothing
 *   "Nguyễn Thị Hường"  / "Nguyễn Thị Hương"  → WARNING (diacritics)
 *   "Nguyễn Văn Anh"    / "Nguyễn Văn An"     → WARNING (similarity 0.99)
 *   "Trần Thị Hồng"     / "Nguyễn Văn An"     → CONTRADICTION
 * </pre>
 */
final class UserNameMismatchRule extends PerUserRule {
    static final String ID = "USER_NAME_MISMATCH";

    private final double reviewSimilarity;
    private final boolean flagDiacritics;
    private final IdDisclosure disclosure;

    UserNameMismatchRule(RuleParameters parameters) {
        RuleParameters p = BuiltInDefaults.withDefaults(parameters);
        reviewSimilarity = Limits.unitInterval(p, "reviewSimilarity");
        flagDiacritics = p.getBoolean("flagDiacritics");
        disclosure = p.idDisclosure();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A land user's name differs from the name of the citizen it was linked to.";
    }

    @Override
    public Rule configure(RuleParameters parameters) {
        return new UserNameMismatchRule(parameters);
    }

    @Override
    Finding checkUser(RegisterRow row, LandUser user) {
        return user.link().isEmpty() ? null : compare(row, user, user.link().get());
    }

    /** The finding for one user, or null when the names agree. */
    private Finding compare(RegisterRow row, LandUser user, UserLink link) {
        String written = user.name();
        String citizen = link.citizen().name();
        if (written.equals(citizen)) {
            return null;
        }
        int fast = NameFolding.compare(written, citizen);
        if (fast == NameFolding.SAME) {
            return null;
        }
        if (fast == NameFolding.OTHER_DIACRITICS) {
            return flagDiacritics ? diacriticsFinding(row, user, link) : null;
        }
        String foldedWritten = fold(written);
        String foldedCitizen = fold(citizen);
        if (foldedWritten.equals(foldedCitizen)) {
            return flagDiacritics && NameFolding.diacriticsDiffer(written, citizen) ? diacriticsFinding(row, user, link) : null;
        }
        double similarity = JaroWinkler.of(foldedWritten, foldedCitizen);
        Severity severity = similarity >= reviewSimilarity ? Severity.WARNING : Severity.CONTRADICTION;
        String s = Numbers.fixed(similarity, 2);
        return start(row, user, link, severity)
                .put("similarity", s)
                .message("Land user name (họ tên) \"" + written + "\" differs from the linked citizen's \"" + citizen
                        + "\" (similarity " + s + ")")
                .build();
    }

    private Finding diacriticsFinding(RegisterRow row, LandUser user, UserLink link) {
        return start(row, user, link, Severity.WARNING)
                .message("Land user name (họ tên) \"" + user.name() + "\" and the linked citizen's \"" + link.citizen().name()
                        + "\" differ in their diacritics (dấu)")
                .build();
    }

    /** Names in evidence are already decoded from legacy encodings, so they fold as Unicode. */
    private static String fold(String name) {
        return VietnameseText.foldUnicode(name);
    }

    private Finding.Builder start(RegisterRow row, LandUser user, UserLink link, Severity severity) {
        return UserParts.putUser(Finding.builder(ReasonCode.USER_NAME_MISMATCH, severity), row, user, disclosure)
                .put("citizenName", link.citizen().name())
                .putId("citizenId", link.citizen().idNumber(), disclosure);
    }
}
