package mx.huella;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import huellafixture.boundary.BoundaryFixtureApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

class ModuleStructureTest {

    @Test
    void everyModuleUsesOthersOnlyThroughTheirPublicApi() {
        // The engine is a plain library of its own (no Spring), used like SourceAFIS: not an application module.
        ApplicationModules modules = ApplicationModules.of(
                HuellaApplication.class, JavaClass.Predicates.resideInAPackage("mx.huella.engine.."));

        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("registry", "staff", "audit", "identifier", "database", "web", "biometric")
                .doesNotContain("engine");
        modules.verify();
    }

    @Test
    void theBoundaryCheckFailsWhenAModuleReachesIntoAnothersInternals() {
        // The fixture lives in test sources, which module detection skips unless told otherwise.
        ApplicationModules fixture = ApplicationModules.of(BoundaryFixtureApplication.class, location -> true);

        assertThatThrownBy(fixture::verify).isInstanceOf(Violations.class).hasMessageContaining("AlphaSecret");
    }

    /**
     * The engine's sample decoders and template extraction are reached through the biometric
     * module's {@code FingerReader} and {@code FaceReader} only (benchmarks and demo data aside), so
     * that a finger file becomes a template in one place, at most one extraction per core.
     */
    private static final com.tngtech.archunit.lang.ArchRule ONLY_BIOMETRIC_READS_SAMPLES =
            com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
                    .that()
                    .resideOutsideOfPackages(
                            "mx.huella.biometric..", "mx.huella.bench..", "mx.huella.demo..", "mx.huella.engine..")
                    .should()
                    .callMethod(
                            mx.huella.engine.fingerprint.FingerprintTemplates.class,
                            "extract",
                            mx.huella.engine.fingerprint.GrayImage.class)
                    .orShould()
                    .dependOnClassesThat()
                    .belongToAnyOf(
                            mx.huella.engine.fingerprint.decode.FingerprintDecoder.class,
                            mx.huella.engine.face.FacePipeline.class,
                            mx.huella.engine.face.FacePhotoDecoder.class);

    @Test
    void onlyTheBiometricModuleReadsSamplesWithTheEngine() {
        var app = new com.tngtech.archunit.core.importer.ClassFileImporter()
                .withImportOption(com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackagesOf(HuellaApplication.class);
        ONLY_BIOMETRIC_READS_SAMPLES.check(app);

        // And it fails for a second path (a fixture in test sources).
        var secondPath =
                new com.tngtech.archunit.core.importer.ClassFileImporter().importPackages("huellafixture.enginepath");
        assertThat(ONLY_BIOMETRIC_READS_SAMPLES
                        .evaluate(secondPath)
                        .getFailureReport()
                        .getDetails())
                .anyMatch(line -> line.contains("FingerprintTemplates.extract"))
                .anyMatch(line -> line.contains("FingerprintDecoder"));
    }
}
