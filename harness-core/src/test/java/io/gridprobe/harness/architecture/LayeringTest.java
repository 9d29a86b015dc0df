package io.gridprobe.harness.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shape of harness-core, kept by the build: no package cycles; from the bottom up, step reporting and config,
 * events, the agent core, the managers (each on its own, on the core), the {@code Agent} facade and
 * {@code GridClient}, and the JUnit extension on top. Nothing below the extension knows JUnit or Allure, so the agent
 * model runs in a load tool or a script as well as in a test.
 */
class LayeringTest {
    private static final String ROOT = "io.gridprobe.harness";
    private static final List<String> MANAGERS = List.of("appearance", "chat", "friends", "groups", "im", "inventory",
            "money", "movement", "objects", "parcels", "teleport");
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

    @Test
    void packagesFormNoCycle() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void managersDependOnNoOtherManager() {
        for (String m : MANAGERS) {
            String[] others = MANAGERS.stream().filter(o -> !o.equals(m)).map(o -> ROOT + "." + o + "..")
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage(ROOT + "." + m + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("managers hear of each other through events only").check(CLASSES);
        }
    }

    @Test
    void managersSeeTheCoreNotTheFacade() {
        noClasses().that().resideInAnyPackage(managerPackages())
                .should().dependOnClassesThat().resideInAnyPackage(ROOT, ROOT + ".agent..", ROOT + ".junit..")
                .because("a manager is handed the agent core, and scenarios are handed the facade").check(CLASSES);
    }

    @Test
    void theCoreKnowsNoManagerNorWhatIsAbove() {
        String[] above = concat(managerPackages(), ROOT, ROOT + ".agent..", ROOT + ".junit..", ROOT + ".accounts..");
        noClasses().that().resideInAnyPackage(ROOT + ".core..", ROOT + ".events..", ROOT + ".steps..",
                        ROOT + ".config..")
                .should().dependOnClassesThat().resideInAnyPackage(above).check(CLASSES);
    }

    @Test
    void theFacadeIsBuiltOnByGridClientNotTheOtherWayRound() {
        noClasses().that().resideInAPackage(ROOT + ".agent..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT, ROOT + ".junit..")
                .because("GridClient logs agents in; an agent needs only its core").check(CLASSES);
    }

    @Test
    void onlyTheExtensionKnowsJunitOrAllure() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".junit..")
                .should().dependOnClassesThat().resideInAnyPackage("org.junit..", "io.qameta.allure..", ROOT + ".junit..")
                .because("the agent model runs without JUnit; the extension feeds reports through steps.StepRecorder")
                .check(CLASSES);
    }

    private static String[] managerPackages() {
        return MANAGERS.stream().map(m -> ROOT + "." + m + "..").toArray(String[]::new);
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
