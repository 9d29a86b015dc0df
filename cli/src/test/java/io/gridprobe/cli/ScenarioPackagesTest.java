package io.gridprobe.cli;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The scenario suites and the command line, as the build keeps them (harness-core keeps its own layers in
 * {@code LayeringTest}): no package cycle, the agent core hidden from the suites behind the {@code Agent} facade, and
 * the scenarios' shared {@code support} knowing no suite.
 */
class ScenarioPackagesTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.gridprobe.scenarios", "io.gridprobe.cli");

    @Test
    void scenarioAndCliPackagesFormNoCycle() {
        slices().matching("io.gridprobe.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void scenariosSeeTheAgentFacadeNotTheCoreItHides() {
        noClasses().that().resideInAPackage("io.gridprobe.scenarios..")
                .should().dependOnClassesThat().haveFullyQualifiedName("io.gridprobe.harness.core.AgentCore")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.gridprobe.harness.core.LiveSession")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.gridprobe.harness.core.AgentLogin")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.gridprobe.harness.core.AgentManager")
                .because("region bookkeeping and raw sending belong to the managers").check(CLASSES);
    }

    @Test
    void supportKnowsNoSuite() {
        noClasses().that().resideInAPackage("io.gridprobe.scenarios.support..")
                .should().dependOnClassesThat(resideInAPackage("io.gridprobe.scenarios..")
                        .and(resideOutsideOfPackage("io.gridprobe.scenarios.support..")))
                .check(CLASSES);
    }
}
