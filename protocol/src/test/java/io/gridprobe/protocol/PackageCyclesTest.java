package io.gridprobe.protocol;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The wire layer's packages form no cycle: each one can be read, and changed, knowing only those below it. */
@AnalyzeClasses(packages = "io.gridprobe.protocol", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCyclesTest {
    @ArchTest
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("io.gridprobe.protocol.(**)").should().beFreeOfCycles();

    /** Wire facts are leaves: numbers with names, used by everything else, depending on nothing of gridprobe. */
    @ArchTest
    static final ArchRule WIRE_FACTS_DEPEND_ON_NOTHING = noClasses()
            .that().resideInAPackage("io.gridprobe.protocol.wire..")
            .should().dependOnClassesThat().resideOutsideOfPackages("io.gridprobe.protocol.wire..", "java..");
}
