package org.parcelrecon.core.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelrecon.core.rule.builtin.RuleFixtures.only;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.EvidenceFixtures;
import org.parcelrecon.core.evidence.LandUser;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.Rule;

class UserNameMismatchRuleTest {
    private final Rule rule = RuleFixtures.rule("USER_NAME_MISMATCH");

    /** The register wrote {@code written}; the linked citizen is Nguyễn Văn An. */
    private static Evidence written(String written) {
        return EvidenceFixtures.withRow(EvidenceFixtures.row().addLandUser(
                LandUser.builder(written).birthYear(1962).link(EvidenceFixtures.link().build()).build()).build());
    }

    @ParameterizedTest
    @CsvSource({
        // the same name, however the register typed it
        "Nguyễn Văn An,        NONE",
        "NGUYỄN VĂN AN,        NONE",
        "Nguyen Van An,        NONE",
        "'  nguyen   van an ', NONE",
        // a name typed with marks that left one out: a typo to confirm
        "Nguyễn Van An,        WARNING",
        // decomposed diacritics (combining marks) take the slow path and agree too
        "'Nguye\u0302\u0303n Va\u0306n An', NONE",
        // diacritics that differ where both sides carry them
        "Nguyễn Vắn An,        WARNING",
        // a mark on one side only, in a name typed with marks
        "Nguyễn Văn Ân,        WARNING",
        // close names
        "Nguyễn Văn Anh,       WARNING",
        "Nguyen Van Ann,       WARNING",
        // a different person
        "Trần Thị Hồng,        CONTRADICTION",
        "Lê An,                CONTRADICTION",
    })
    void comparesFoldedNames(String written, String expected) {
        var findings = rule.check(written(written));
        if (expected.equals("NONE")) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo(ReasonCode.USER_NAME_MISMATCH);
                assertThat(f.severity().name()).isEqualTo(expected);
            });
        }
    }

    @Test
    void messageQuotesBothNamesWithTheSimilarity() {
        Finding f = only(rule, written("Nguyễn Văn Anh"));
        assertThat(f.message()).isEqualTo("Land user name (họ tên) \"Nguyễn Văn Anh\" differs from the linked citizen's "
                + "\"Nguyễn Văn An\" (similarity 0.99)");
        assertThat(f.evidence()).containsEntry("landUser", "Nguyễn Văn Anh").containsEntry("citizenName", "Nguyễn Văn An")
                .containsEntry("citizenId", "022*******34").containsEntry("similarity", "0.99");
    }

    @Test
    void diacriticsFindingSaysSo() {
        Finding f = only(rule, written("Nguyễn Vắn An"));
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.message()).isEqualTo("Land user name (họ tên) \"Nguyễn Vắn An\" and the linked citizen's \"Nguyễn Văn An\" "
                + "differ in their diacritics (dấu)");
        assertThat(RuleFixtures.rule("USER_NAME_MISMATCH", "{\"flagDiacritics\": false}").check(written("Nguyễn Vắn An"))).isEmpty();
    }

    @Test
    void reviewSimilarityIsConfigurable() {
        Rule strict = RuleFixtures.rule("USER_NAME_MISMATCH", "{\"reviewSimilarity\": 0.99}");
        assertThat(only(strict, written("Nguyễn Văn Anh")).severity()).isEqualTo(Severity.CONTRADICTION);
    }

    @Test
    void silentForUnlinkedUsers() {
        assertThat(rule.check(EvidenceFixtures.withRow(EvidenceFixtures.row().addLandUser(LandUser.builder("Trần Thị Hồng").build()).build())))
                .isEmpty();
    }
}
