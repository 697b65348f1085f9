package org.parcelrecon.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcelrecon.core.finding.Severity;

class RuleParametersTest {
    private static RuleParameters params(String sectionJson) {
        return RuleConfig.parse("{\"rules\": {\"R\": " + sectionJson + "}}", "user.json").parameters("R");
    }

    private static RuleParameters defaults(String sectionJson) {
        return RuleConfig.parse("{\"rules\": {\"R\": " + sectionJson + "}}", "defaults.json").parameters("R");
    }

    private static List<String> unread(RuleParameters p) {
        List<String[]> out = new ArrayList<>();
        p.collectUnread(out);
        List<String> paths = new ArrayList<>();
        for (String[] u : out) {
            paths.add(u[0] + ": " + u[1]);
        }
        return paths;
    }

    @Test
    void readsTypedValues() {
        RuleParameters p = params("{\"d\": 2.5, \"i\": 3, \"b\": true, \"s\": \"x\", \"e\": \"WARNING\"}");
        assertThat(p.getDouble("d")).isEqualTo(2.5);
        assertThat(p.getDouble("i")).isEqualTo(3.0);
        assertThat(p.getInt("i")).isEqualTo(3);
        assertThat(p.getBoolean("b")).isTrue();
        assertThat(p.getString("s")).isEqualTo("x");
        assertThat(p.getEnum("e", Severity.class)).isEqualTo(Severity.WARNING);
        assertThat(p.ruleId()).isEqualTo("R");
    }

    @Test
    void defaultsApplyOnlyWhenTheValueIsMissing() {
        RuleParameters p = params("{\"d\": 2.5}");
        assertThat(p.getDouble("d", 9.0)).isEqualTo(2.5);
        assertThat(p.getDouble("other", 9.0)).isEqualTo(9.0);
        assertThat(p.getInt("n", 4)).isEqualTo(4);
        assertThat(p.getBoolean("b", true)).isTrue();
        assertThat(p.getString("s", "y")).isEqualTo("y");
        assertThat(p.getEnum("e", Severity.class, Severity.INFO)).isEqualTo(Severity.INFO);
    }

    @Test
    void wrongTypesAreNamedByFileAndPath() {
        RuleParameters p = params("{\"d\": \"two\", \"i\": 2.5, \"b\": 1, \"s\": 3, \"e\": \"HIGH\", \"n\": null}");
        assertThatThrownBy(() -> p.getDouble("d")).hasMessage("user.json: rules.R.d: expected a number, found \"two\"");
        assertThatThrownBy(() -> p.getInt("i")).hasMessage("user.json: rules.R.i: expected a whole number, found 2.5");
        assertThatThrownBy(() -> p.getBoolean("b")).hasMessage("user.json: rules.R.b: expected true or false, found 1");
        assertThatThrownBy(() -> p.getString("s")).hasMessage("user.json: rules.R.s: expected a string, found 3");
        assertThatThrownBy(() -> p.getEnum("e", Severity.class)).hasMessageContaining("rules.R.e: expected one of \"INFO\"");
        assertThatThrownBy(() -> p.getDouble("n", 1.0)).hasMessageContaining("rules.R.n: null is not a value");
        assertThatThrownBy(() -> p.getDouble("absent")).hasMessage("user.json: rules.R.absent: required parameter is missing");
    }

    @Test
    void fallbackFillsMissingValuesAndErrorsNameWhereTheValueCameFrom() {
        RuleParameters p = params("{\"a\": 1.0}").withFallback(defaults("{\"a\": 5.0, \"b\": \"oops\"}"));
        assertThat(p.getDouble("a")).isEqualTo(1.0);
        assertThatThrownBy(() -> p.getDouble("b")).hasMessage("defaults.json: rules.R.b: expected a number, found \"oops\"");
        assertThat(p.names()).containsExactly("a", "b");
    }

    @Test
    void isExplicitTellsOwnValuesFromFallbackValues() {
        RuleParameters p = params("{\"a\": 1}").withFallback(defaults("{\"a\": 5, \"b\": 6}"));
        assertThat(p.isExplicit("a")).isTrue();
        assertThat(p.isExplicit("b")).isFalse();
        assertThat(p.has("b")).isTrue();
        assertThat(p.isExplicit("c")).isFalse();
    }

    @Test
    void objectsMergeNameByName() {
        RuleParameters p = params("{\"o\": {\"x\": 1}}").withFallback(defaults("{\"o\": {\"x\": 5, \"y\": 6}}"));
        RuleParameters o = p.getObject("o");
        assertThat(o.getInt("x")).isEqualTo(1);
        assertThat(o.getInt("y")).isEqualTo(6);
    }

    @Test
    void anAbsentObjectHasNoValues() {
        RuleParameters o = params("{}").getObject("o");
        assertThat(o.names()).isEmpty();
        assertThat(o.getInt("x", 7)).isEqualTo(7);
        assertThatThrownBy(() -> o.getInt("x")).hasMessage("user.json: rules.R.o.x: required parameter is missing");
    }

    @Test
    void listsAreTakenWholeFromOneSideWithIndexedPaths() {
        RuleParameters p = params("{\"l\": [{\"v\": 1}, {\"v\": \"x\"}]}").withFallback(defaults("{\"l\": [{\"v\": 5}]}"));
        List<RuleParameters> list = p.getObjectList("l");
        assertThat(list).hasSize(2);
        assertThat(list.get(0).getInt("v")).isEqualTo(1);
        assertThatThrownBy(() -> list.get(1).getInt("v")).hasMessage("user.json: rules.R.l[1].v: expected a whole number, found \"x\"");
        assertThatThrownBy(() -> params("{\"l\": [1]}").getObjectList("l")).hasMessageContaining("rules.R.l[0]: expected an object");
        assertThatThrownBy(() -> params("{\"l\": 1}").getObjectList("l")).hasMessageContaining("rules.R.l: expected a list");
    }

    @Test
    void invalidNamesThePathOfTheValue() {
        RuleParameters p = params("{\"a\": -1}");
        assertThat(p.invalid("a", "must be at least 0")).hasMessage("user.json: rules.R.a: must be at least 0");
    }

    @Test
    void reportsUserNamesTheRuleNeverRead() {
        RuleParameters p = params("{\"a\": 1, \"typo\": 2, \"o\": {\"x\": 1, \"y\": 2}, \"l\": [{\"v\": 1, \"w\": 2}]}");
        RuleParameters view = p.withFallback(defaults("{\"unused\": 1}"));
        view.getInt("a");
        view.getObject("o").getInt("x");
        view.getObjectList("l").get(0).getInt("v");
        assertThat(unread(p)).containsExactly("user.json: rules.R.typo", "user.json: rules.R.o.y", "user.json: rules.R.l[0].w");
    }

    @Test
    void hasDoesNotCountAsReading() {
        RuleParameters p = params("{\"a\": 1}");
        assertThat(p.has("a")).isTrue();
        assertThat(p.has("b")).isFalse();
        assertThat(unread(p)).containsExactly("user.json: rules.R.a");
    }

    @Test
    void emptyParametersHaveNothingToReport() {
        RuleParameters p = RuleParameters.empty("R");
        assertThat(p.getDouble("x", 1.5)).isEqualTo(1.5);
        assertThat(unread(p)).isEmpty();
    }
}
