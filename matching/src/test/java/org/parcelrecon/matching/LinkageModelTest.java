package org.parcelrecon.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkageModelTest {

    static LinkageModel sample() {
        return LinkageModel.builder().dedupe().idColumn("unique_id").probabilityTwoRandomRecordsMatch(0.004)
                .blockOn(KeyRef.of("first_name", "fold"), KeyRef.of("dob", "year"))
                .blockOn(KeyRef.of("email"))
                .comparison(Comparison.of("first_name", "first_name", "fold",
                        ComparisonLevel.nullLevel(),
                        ComparisonLevel.exact().withTermFrequency(0.8),
                        ComparisonLevel.jaroWinkler(0.92),
                        ComparisonLevel.levenshtein(2).withLabel("two typos"),
                        ComparisonLevel.otherwise()))
                .comparison(Comparison.of("dob", "dob", "date",
                        ComparisonLevel.nullLevel(),
                        ComparisonLevel.exact(),
                        ComparisonLevel.dayMonthSwapped(),
                        ComparisonLevel.exact("year").withM(0.1, true),
                        ComparisonLevel.dateWithinDays(366),
                        ComparisonLevel.numericWithin(1).withFunction("year").withU(0.05, true),
                        ComparisonLevel.otherwise()))
                .comparison(Comparison.of("id", "id", "citizen_id",
                        ComparisonLevel.nullLevel(),
                        ComparisonLevel.exact("identity").withLabel("equal as written"),
                        ComparisonLevel.exact(),
                        ComparisonLevel.cmndVsCccd(),
                        ComparisonLevel.jaro(0.9),
                        ComparisonLevel.otherwise()))
                .build();
    }

    @Test
    void roundTripsThroughJson() {
        LinkageModel model = sample();
        String json = model.toJson();
        assertThat(LinkageModel.fromJson(json)).isEqualTo(model);
        assertThat(LinkageModel.fromJson(json).toJson()).isEqualTo(json);
    }

    @Test
    void keepsTheShareOfLeftRecordsMatchedByNoneOfTheirCandidatesAndRefusesOneOutOfRange() {
        LinkageModel model = sample().withProbabilityMatchNotAmongCandidates(0.0125);
        String json = model.toJson();
        assertThat(json).contains("\"probability_match_not_among_candidates\" : 0.0125");
        assertThat(LinkageModel.fromJson(json)).isEqualTo(model);
        assertThat(sample().toJson()).doesNotContain("probability_match_not_among_candidates");
        assertThat(LinkageModel.fromJson(sample().toJson()).probabilityMatchNotAmongCandidates()).isNaN();
        assertThatIllegalArgumentException().isThrownBy(() -> LinkageModel.fromJson(json.replace("0.0125", "1.5")))
                .withMessageContaining("probability_match_not_among_candidates");
    }

    @Test
    void savesAndLoadsAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("model.json");
        sample().save(file);
        assertThat(LinkageModel.load(file)).isEqualTo(sample());
        Files.writeString(file, "{\"link_type\": \"both\"}");
        assertThatIllegalArgumentException().isThrownBy(() -> LinkageModel.load(file))
                .withMessageContaining(file.toString()).withMessageContaining("link_type");
    }

    @Property(tries = 100)
    void roundTripsAnyTrainedParameters(@ForAll @DoubleRange(min = 1e-9, max = 1) @Scale(12) double m,
                                        @ForAll @DoubleRange(min = 1e-9, max = 1) @Scale(12) double u,
                                        @ForAll @DoubleRange(min = 1e-12, max = 0.999) @Scale(15) double lambda) {
        LinkageModel model = sample();
        Comparison c = model.comparisons().get(0);
        Comparison trained = c.withLevels(List.of(c.levels().get(0), c.levels().get(1).withMU(m, u),
                c.levels().get(2), c.levels().get(3), c.levels().get(4).withMU(u, m)));
        LinkageModel t = model.withComparisons(List.of(trained, model.comparisons().get(1),
                model.comparisons().get(2))).withProbabilityTwoRandomRecordsMatch(lambda);
        assertThat(LinkageModel.fromJson(t.toJson())).isEqualTo(t);
    }

    @Test
    void writesSplinkLikeKeys() {
        String json = sample().toJson();
        assertThat(json).contains("\"link_type\" : \"dedupe\"", "\"unique_id_column\" : \"unique_id\"",
                "\"probability_two_random_records_match\" : 0.004", "\"tf_adjustment\" : true",
                "\"type\" : \"jaro_winkler\"", "\"threshold\" : 0.92", "\"fixed_m\" : true",
                "\"name\" : \"fold(first_name) & year(dob)\"");
    }

    @Test
    void readsAMinimalModelWithDefaults() {
        LinkageModel m = LinkageModel.fromJson("{\"comparisons\": [{\"column\": \"name\", \"levels\": "
                + "[{\"type\": \"exact\"}, {\"type\": \"else\"}]}]}");
        assertThat(m.linkType()).isEqualTo(LinkType.LINK);
        assertThat(m.idColumn()).isEqualTo("id");
        assertThat(m.blockingRules()).isEmpty();
        Comparison c = m.comparisons().get(0);
        assertThat(c.name()).isEqualTo("name");
        assertThat(c.levels().get(0).m()).isEqualTo(0.8);
        assertThat(c.levels().get(0).u()).isEqualTo(0.2);
        assertThat(c.levels().get(1).label()).isEqualTo("else");
    }

    @Test
    void namesThePathOfWhatIsWrong() {
        String base = "{\"comparisons\": [{\"column\": \"name\", \"levels\": [%s, {\"type\": \"else\"}]}]}";
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LinkageModel.fromJson(String.format(base, "{\"type\": \"jaro_winkler\"}")))
                .withMessageStartingWith("comparisons[0].levels[0].threshold");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LinkageModel.fromJson(String.format(base,
                        "{\"type\": \"jaro_winkler\", \"threshold\": 1.5}")))
                .withMessageStartingWith("comparisons[0].levels[0]").withMessageContaining("(0, 1]");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LinkageModel.fromJson(String.format(base, "{\"type\": \"fuzzy\"}")))
                .withMessageContaining("unknown level type \"fuzzy\"");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LinkageModel.fromJson(String.format(base, "{\"type\": \"exact\", \"treshold\": 1}")))
                .withMessageStartingWith("comparisons[0].levels[0].treshold: unknown key");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LinkageModel.fromJson(String.format(base, "{\"type\": \"exact\", \"m\": 0}")))
                .withMessageContaining("1e-6");
        assertThatIllegalArgumentException().isThrownBy(() -> LinkageModel.fromJson("[1]"))
                .withMessageContaining("object");
        assertThatIllegalArgumentException().isThrownBy(() -> LinkageModel.fromJson("{"))
                .withMessageContaining("not valid JSON");
    }

    @Test
    void enforcesTheLevelRules() {
        ComparisonLevel exact = ComparisonLevel.exact();
        ComparisonLevel other = ComparisonLevel.otherwise();
        assertThatIllegalArgumentException().isThrownBy(() -> Comparison.of("a", "a", "", exact))
                .withMessageContaining("2 to 15 levels");
        assertThatIllegalArgumentException().isThrownBy(() -> Comparison.of("a", "a", "", exact, exact))
                .withMessageContaining("must end with an else level");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Comparison.of("a", "a", "", exact, ComparisonLevel.nullLevel(), other))
                .withMessageContaining("null level must be the first");
        assertThatIllegalArgumentException().isThrownBy(() -> Comparison.of("a", "a", "", other, exact, other))
                .withMessageContaining("else level must be the last");
        assertThatIllegalArgumentException().isThrownBy(() -> ComparisonLevel.jaroWinkler(0.9).withTermFrequency(1))
                .withMessageContaining("exact levels only");
        assertThatIllegalArgumentException().isThrownBy(() -> ComparisonLevel.levenshtein(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> LinkageModel.builder()
                .comparison(Comparison.of("a", "a", "", exact, other))
                .comparison(Comparison.of("a", "b", "", exact, other)).build()).withMessageContaining("twice");
        assertThatIllegalArgumentException().isThrownBy(() -> LinkageModel.builder().build())
                .withMessageContaining("at least one comparison");
        assertThatIllegalArgumentException().isThrownBy(() -> LinkageModel.builder()
                .probabilityTwoRandomRecordsMatch(1).comparison(Comparison.of("a", "a", "", exact, other)).build())
                .withMessageContaining("(0, 1)");
    }

    @Test
    void startingValuesFallForMAndRiseForU() {
        Comparison c = Comparison.of("a", "a", "", ComparisonLevel.nullLevel(), ComparisonLevel.exact(),
                ComparisonLevel.jaroWinkler(0.9), ComparisonLevel.otherwise());
        assertThat(c.levels().get(0).m()).isNaN();
        assertThat(c.levels().get(1).m()).isGreaterThan(c.levels().get(2).m());
        assertThat(c.levels().get(2).m()).isGreaterThan(c.levels().get(3).m());
        assertThat(c.levels().get(1).u()).isLessThan(c.levels().get(3).u());
        assertThat(c.levels().get(1).m() + c.levels().get(2).m() + c.levels().get(3).m()).isCloseTo(1.0,
                org.assertj.core.api.Assertions.within(1e-12));
        assertThat(c.levels().get(0).matchWeight()).isZero();
    }

    @Test
    void labelsDefaultFromTheTest() {
        assertThat(ComparisonLevel.jaroWinkler(0.92).label()).isEqualTo("jaro_winkler >= 0.92");
        assertThat(ComparisonLevel.levenshtein(1).withFunction("citizen_id").label())
                .isEqualTo("levenshtein <= 1 (citizen_id)");
        assertThat(ComparisonLevel.dateWithinDays(30).label()).isEqualTo("within 30 days");
        assertThat(ComparisonLevel.exact("fold").label()).isEqualTo("exact (fold)");
        assertThat(BlockingRule.on(KeyRef.of("a", "fold"), KeyRef.of("b")).name()).isEqualTo("fold(a) & b");
    }
}
