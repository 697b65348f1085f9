package org.parcelrecon.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.EvidenceFixtures;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.builtin.BuiltInRules;

class RuleSetTest {
    private static final Evidence CLEAN = EvidenceFixtures.clean();

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(f -> f.code().value()).toList();
    }

    private static ClassLoader loaderListing(Path dir, String... classNames) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.write(services.resolve(Rule.class.getName()), List.of(classNames));
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, RuleSetTest.class.getClassLoader());
    }

    @Test
    void runsRulesInTheOrderAddedAndKeepsEachRulesOrder() {
        Rule twoFindings = new FixedRule("TWO", List.of(FixedRule.finding("TWO_B", Severity.INFO), FixedRule.finding("TWO_A", Severity.INFO)));
        RuleSet set = RuleSet.builder()
                .add(FixedRule.reporting("Z_FIRST", Severity.INFO))
                .add(List.of(twoFindings, FixedRule.reporting("A_LAST", Severity.WARNING)))
                .build();
        assertThat(set.ruleIds()).containsExactly("Z_FIRST", "TWO", "A_LAST");
        assertThat(codes(set.check(CLEAN))).containsExactly("Z_FIRST", "TWO_B", "TWO_A", "A_LAST");
    }

    @Test
    void noRulesOrNoFindingsGiveAnEmptyList() {
        assertThat(RuleSet.builder().build().check(CLEAN)).isEmpty();
        assertThat(RuleSet.builder().add(new FixedRule("QUIET", List.of())).build().check(CLEAN)).isEmpty();
    }

    @Test
    void builtInRulesGiveEqualFindingsInTheSameOrderEveryTime() {
        RuleSet set = RuleSet.builder().add(BuiltInRules.all()).build();
        Evidence messy = Evidence.builder(EvidenceFixtures.KEY)
                .addRow(EvidenceFixtures.row().registeredAreaM2(90.0)
                        .addLandUser(EvidenceFixtures.user().birthYear(1960).build())
                        .addLandUser(org.parcelrecon.core.evidence.LandUser.builder("Trần Thị Hồng").build())
                        .build())
                .addRow(EvidenceFixtures.row().certificateSerial("CN 000001").build())
                .addMapParcel(EvidenceFixtures.mapParcel())
                .build();
        List<Finding> first = set.check(messy);
        assertThat(codes(first)).containsExactly("DUPLICATE_KEY", "AREA_MISMATCH", "USER_NOT_FOUND", "USER_BIRTH_YEAR_MISMATCH",
                "USER_ID_INVALID");
        Evidence rebuilt = Evidence.builder(EvidenceFixtures.KEY)
                .addRow(messy.rows().get(0)).addRow(messy.rows().get(1)).addMapParcel(EvidenceFixtures.mapParcel()).build();
        for (int i = 0; i < 3; i++) {
            assertThat(set.check(rebuilt)).containsExactlyElementsOf(first);
            assertThat(RuleSet.builder().add(BuiltInRules.all()).build().check(messy)).containsExactlyElementsOf(first);
        }
    }

    @Test
    void disablesRulesByBuilderOrByConfiguration() {
        RuleSet set = RuleSet.builder()
                .add(FixedRule.reporting("A", Severity.INFO), FixedRule.reporting("B", Severity.INFO), FixedRule.reporting("C", Severity.INFO))
                .disable("A")
                .config(RuleConfig.parse("{\"rules\": {\"C\": {\"enabled\": false}}}", "cfg.json"))
                .build();
        assertThat(set.ruleIds()).containsExactly("B");
        assertThat(codes(set.check(CLEAN))).containsExactly("B");
    }

    @Test
    void severityInConfigurationOverridesEveryFindingOfThatRule() {
        RuleSet set = RuleSet.builder()
                .add(FixedRule.reporting("A", Severity.INFO), FixedRule.reporting("B", Severity.INFO))
                .config(RuleConfig.parse("{\"rules\": {\"B\": {\"severity\": \"CONTRADICTION\"}}}", "cfg.json"))
                .build();
        assertThat(set.check(CLEAN)).extracting(Finding::severity).containsExactly(Severity.INFO, Severity.CONTRADICTION);
    }

    @Test
    void unknownRuleIdInConfigurationIsNamed() {
        RuleSet.Builder b = RuleSet.builder().add(BuiltInRules.all())
                .config(RuleConfig.parse("{\"rules\": {\"AREA_MISSMATCH\": {}}}", "rules.json"));
        assertThatThrownBy(b::build)
                .isInstanceOfSatisfying(RuleConfigException.class, e -> {
                    assertThat(e.source()).isEqualTo("rules.json");
                    assertThat(e.path()).isEqualTo("rules.AREA_MISSMATCH");
                })
                .hasMessageStartingWith("rules.json: rules.AREA_MISSMATCH: unknown rule id; known rules: MAP_PARCEL_MISSING, ");
    }

    @Test
    void unknownParameterIsNamedWithWhatTheRuleReads() {
        RuleSet.Builder b = RuleSet.builder().add(BuiltInRules.all())
                .config(RuleConfig.parse("{\"rules\": {\"AREA_MISMATCH\": {\"absFloor\": 3}}}", "rules.json"));
        assertThatThrownBy(b::build)
                .isInstanceOf(RuleConfigException.class)
                .hasMessage("rules.json: rules.AREA_MISMATCH.absFloor: unknown parameter of rule AREA_MISMATCH; "
                        + "it reads absoluteFloorM2, bands, conflictFactor");
    }

    @Test
    void unknownNestedParameterIsNamedByItsPath() {
        RuleSet.Builder b = RuleSet.builder().add(BuiltInRules.all()).config(RuleConfig.parse(
                "{\"rules\": {\"AREA_MISMATCH\": {\"bands\": [{\"maxAreaM2\": 100, \"allowedPercent\": 5, \"note\": \"x\"},"
                        + " {\"allowedPercent\": 2}]}}}",
                "rules.json"));
        assertThatThrownBy(b::build).hasMessageStartingWith("rules.json: rules.AREA_MISMATCH.bands[0].note: unknown parameter");
    }

    @Test
    void misspeltRequiredParameterIsReportedAsMissing() {
        RuleSet.Builder b = RuleSet.builder().add(BuiltInRules.all()).config(RuleConfig.parse(
                "{\"rules\": {\"AREA_MISMATCH\": {\"bands\": [{\"maxArea\": 100, \"allowedPercent\": 5}, {\"allowedPercent\": 2}]}}}",
                "rules.json"));
        assertThatThrownBy(b::build).hasMessage("rules.json: rules.AREA_MISMATCH.bands[0].maxAreaM2: required in every band but the last");
    }

    @Test
    void parametersForARuleWithoutParametersAreUnknown() {
        RuleSet.Builder b = RuleSet.builder().add(BuiltInRules.all())
                .config(RuleConfig.parse("{\"rules\": {\"RENUMBERED\": {\"strict\": true}}}", "rules.json"));
        assertThatThrownBy(b::build).hasMessage(
                "rules.json: rules.RENUMBERED.strict: unknown parameter of rule RENUMBERED (it has no parameters)");
    }

    @Test
    void rejectsTwoRulesWithOneIdNamingBothClasses() {
        RuleSet.Builder b = RuleSet.builder().add(FixedRule.reporting("A", Severity.INFO), new DiscoverableRule(),
                new FixedRule("ZZ_DISCOVERED", List.of()));
        assertThatThrownBy(b::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("two rules have the id ZZ_DISCOVERED: " + DiscoverableRule.class.getName() + " and " + FixedRule.class.getName());
    }

    @Test
    void rejectsMalformedIdAndDisablingAnUnknownRule() {
        assertThatThrownBy(() -> RuleSet.builder().add(new FixedRule("lower-case", List.of())).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"lower-case\"");
        assertThatThrownBy(() -> RuleSet.builder().add(FixedRule.reporting("A", Severity.INFO)).disable("B").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("cannot disable rule B: no such rule; rules: [A]");
    }

    @Test
    void aRuleThatThrowsIsNamedWithTheRecord() {
        Rule exploding = new FixedRule("EXPLODING", List.of()) {
            @Override
            public List<Finding> check(Evidence evidence) {
                throw new ArithmeticException("/ by zero");
            }
        };
        RuleSet set = RuleSet.builder().add(exploding).build();
        assertThatThrownBy(() -> set.check(CLEAN))
                .isInstanceOfSatisfying(RuleFailureException.class, e -> assertThat(e.ruleId()).isEqualTo("EXPLODING"))
                .hasMessageContaining("rule EXPLODING (")
                .hasMessageContaining("threw java.lang.ArithmeticException: / by zero on record 06979/12/345")
                .hasCauseInstanceOf(ArithmeticException.class);
    }

    @Test
    void aRuleThatReturnsNullIsNamed() {
        RuleSet set = RuleSet.builder().add(new FixedRule("NULL_RULE", null)).build();
        assertThatThrownBy(() -> set.check(CLEAN)).isInstanceOf(RuleFailureException.class)
                .hasMessageContaining("rule NULL_RULE").hasMessageContaining("returned null");
    }

    @Test
    void configureMustKeepTheId() {
        Rule renaming = new FixedRule("OLD", List.of()) {
            @Override
            public Rule configure(RuleParameters parameters) {
                return new FixedRule("NEW", List.of());
            }
        };
        assertThatThrownBy(() -> RuleSet.builder().add(renaming).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("rule OLD").hasMessageContaining("id NEW");
    }

    @Test
    void discoversServiceLoaderRulesSortedById(@TempDir Path dir) throws IOException {
        ClassLoader loader = loaderListing(dir, DiscoverableRule.class.getName(), "# a comment", OtherDiscoverableRule.class.getName());
        RuleSet set = RuleSet.builder().add(FixedRule.reporting("FIRST", Severity.INFO)).discover(loader).build();
        assertThat(set.ruleIds()).containsExactly("FIRST", "AA_DISCOVERED", "ZZ_DISCOVERED");
        assertThat(codes(set.check(CLEAN))).containsExactly("FIRST", "ZZ_DISCOVERED");
    }

    @Test
    void discoveryNamesAProviderWhoseConstructorFails(@TempDir Path dir) throws IOException {
        ClassLoader loader = loaderListing(dir, DiscoverableRule.class.getName(), BrokenRule.class.getName());
        assertThatThrownBy(() -> RuleSet.builder().discover(loader))
                .isInstanceOf(RuleDiscoveryException.class)
                .hasMessageContaining("rule provider " + BrokenRule.class.getName())
                .hasMessageContaining("META-INF/services/org.parcelrecon.core.rule.Rule")
                .hasMessageContaining("zoning table not found");
    }

    @Test
    void discoveryNamesAProviderThatDoesNotExist(@TempDir Path dir) throws IOException {
        ClassLoader loader = loaderListing(dir, "com.example.MissingRule");
        assertThatThrownBy(() -> RuleSet.builder().discover(loader))
                .isInstanceOf(RuleDiscoveryException.class)
                .hasMessageContaining("com.example.MissingRule");
    }

    @Test
    void discoveryNamesAProviderThatIsNotARule(@TempDir Path dir) throws IOException {
        ClassLoader loader = loaderListing(dir, ReasonCode.class.getName());
        assertThatThrownBy(() -> RuleSet.builder().discover(loader))
                .isInstanceOf(RuleDiscoveryException.class)
                .hasMessageContaining(ReasonCode.class.getName());
    }
}
