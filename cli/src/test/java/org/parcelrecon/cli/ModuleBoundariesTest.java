package org.parcelrecon.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code .internal} convention: a module's {@code org.parcelrecon.MODULE.internal} packages are public only
 * because Java needs them to be; no other module may use them (a host must not either, and they may change in
 * any release). A module that needs another's internal class has found a missing public one. The check runs
 * here because {@code cli} has every library module's main classes on its test class path.
 */
class ModuleBoundariesTest {
    /** The library modules, each the package root of one jar. */
    static final List<String> MODULES = List.of("core", "geometry", "matching", "testkit", "reconcile", "cli");

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.parcelrecon");
    }

    @ParameterizedTest(name = "no module but {0} uses org.parcelrecon.{0}.internal")
    @MethodSource("modules")
    void internal_packages_are_used_only_by_their_own_module(String module) {
        String root = "org.parcelrecon." + module;
        // Guard against a vacuous pass: the module's classes must be on the class path.
        assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith(root)))
                .as("classes of %s imported", root).isTrue();
        noClasses().that().resideOutsideOfPackage(root + "..")
                .should().dependOnClassesThat().resideInAPackage(root + ".internal..")
                .because("a module that needs another's internal class has found a missing public one")
                .allowEmptyShould(true)
                .check(classes);
    }

    static List<String> modules() {
        return MODULES;
    }
}
