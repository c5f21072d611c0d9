package mx.huella.employer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Inside the employer module: sub-packages layered one way, the top package beneath them all. */
class SubPackageStructureTest {
    private static final JavaClasses EMPLOYER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("mx.huella.employer");

    @Test
    void subPackagesDependOnEachOtherOneWayOnly() {
        slices().matching("mx.huella.employer.(*)..").should().beFreeOfCycles().check(EMPLOYER);
    }

    @Test
    void theModulesApiDependsOnNoneOfItsSubPackages() {
        noClasses()
                .that()
                .resideInAPackage("mx.huella.employer")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("mx.huella.employer.(*)..")
                .check(EMPLOYER);
    }
}
