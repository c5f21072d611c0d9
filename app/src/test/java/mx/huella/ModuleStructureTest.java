package mx.huella;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import huellafixture.boundary.BoundaryFixtureApplication;
import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import mx.huella.engine.face.FacePhotoDecoder;
import mx.huella.engine.face.FacePipeline;
import mx.huella.engine.fingerprint.FingerprintTemplates;
import mx.huella.engine.fingerprint.GrayImage;
import mx.huella.engine.fingerprint.decode.FingerprintDecoder;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

class ModuleStructureTest {
    private static final String ENGINE = "mx.huella.engine";
    private static final String TOOLS = "mx.huella.tools";

    /** The engine's API, named in each package-info; every other package under {@value #ENGINE} is internal. */
    private static final List<String> ENGINE_API = List.of(
            "mx.huella.engine.fingerprint",
            "mx.huella.engine.fingerprint.decode",
            "mx.huella.engine.face",
            "mx.huella.engine.search",
            "mx.huella.engine.search.cluster");

    /** Main classes only: the application's, the engine's and the engine tools' (not the engine's test jar). */
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("mx.huella");

    @Test
    void everyModuleUsesOthersOnlyThroughTheirPublicApi() {
        // The engine and its tools are plain libraries of their own (no Spring), used like SourceAFIS: not
        // application modules.
        ApplicationModules modules =
                ApplicationModules.of(HuellaApplication.class, resideInAnyPackage(ENGINE + "..", TOOLS + ".."));

        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("registry", "staff", "audit", "identifier", "database", "web", "biometric", "bench")
                .doesNotContain("engine", "tools");
        modules.verify();
    }

    @Test
    void theBoundaryCheckFailsWhenAModuleReachesIntoAnothersInternals() {
        // The fixture lives in test sources, which module detection skips unless told otherwise.
        ApplicationModules fixture = ApplicationModules.of(BoundaryFixtureApplication.class, location -> true);

        assertThatThrownBy(fixture::verify).isInstanceOf(Violations.class).hasMessageContaining("AlphaSecret");
    }

    /**
     * The engine's sample decoders and template extraction are reached through the biometric module's
     * {@code FingerReader} and {@code FaceReader} only, so that a finger file becomes a template in one place,
     * at most one extraction per core.
     */
    private static final ArchRule ONLY_BIOMETRIC_READS_SAMPLES = noClasses()
            .that()
            .resideOutsideOfPackages("mx.huella.biometric..", ENGINE + "..", TOOLS + "..")
            .should()
            .callMethod(FingerprintTemplates.class, "extract", GrayImage.class)
            .orShould()
            .dependOnClassesThat()
            .belongToAnyOf(FingerprintDecoder.class, FacePipeline.class, FacePhotoDecoder.class);

    @Test
    void theSharedPlumbingKnowsNoAreaAndStaffWiresNoOtherAreasSecurity() {
        // Each area contributes its own filters and access rules to the chains that web builds.
        noClasses()
                .that()
                .resideInAPackage("mx.huella.web..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage("mx.huella..").and(resideOutsideOfPackages("mx.huella.web..", "mx.huella")))
                .check(MAIN);
        noClasses()
                .that()
                .resideInAPackage("mx.huella.staff..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("mx.huella.employer..", "mx.huella.device..", "mx.huella.insured..")
                .check(MAIN);
    }

    @Test
    void everyApiPathIsServedByARestControllerSoItsRefusalsAnswerAsProblems() {
        // Refusals become problem+json on @RestController classes and the error page elsewhere (web's advice).
        List<String> apiOnPageControllers = MAIN.stream()
                .filter(c -> c.isAnnotatedWith(Controller.class) && !c.isAnnotatedWith(RestController.class))
                .map(JavaClass::reflect)
                .flatMap(type -> Stream.concat(Stream.of(type), Arrays.stream(type.getDeclaredMethods())))
                .filter(ModuleStructureTest::mapsAnApiPath)
                .map(Object::toString)
                .toList();

        assertThat(MAIN.stream().filter(c -> c.isAnnotatedWith(RestController.class)))
                .isNotEmpty();
        assertThat(apiOnPageControllers).isEmpty();
    }

    @Test
    void onlyTheBiometricModuleReadsSamplesWithTheEngine() {
        ONLY_BIOMETRIC_READS_SAMPLES.check(MAIN);

        // And it fails for a second path (a fixture in test sources).
        JavaClasses secondPath = new ClassFileImporter().importPackages("huellafixture.enginepath");
        assertThat(ONLY_BIOMETRIC_READS_SAMPLES
                        .evaluate(secondPath)
                        .getFailureReport()
                        .getDetails())
                .anyMatch(line -> line.contains("FingerprintTemplates.extract"))
                .anyMatch(line -> line.contains("FingerprintDecoder"));
    }

    @Test
    void theApplicationAndTheToolsUseTheEngineOnlyThroughItsApi() {
        assertThat(MAIN.stream().filter(c -> c.getPackageName().startsWith("mx.huella.tools")))
                .isNotEmpty();

        onlyTheApiIsUsedFromOutside(ENGINE, ENGINE_API).check(MAIN);
    }

    @Test
    void theEngineIsPlainJavaAndKnowsNothingOfTheApplicationOrTheTools() {
        plainJava(ENGINE).check(MAIN);
    }

    @Test
    void onlyTheBenchModuleUsesTheEngineTools() {
        noClasses()
                .that()
                .resideOutsideOfPackages("mx.huella.bench..", "mx.huella.tools..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("mx.huella.tools..")
                .because("the engine tools are for measuring and testing, not for what production runs")
                .check(MAIN);
    }

    @Test
    void theEngineChecksFailWhenALibraryIsUsedPastItsApiOrUsesSpring() {
        JavaClasses fixture = new ClassFileImporter().importPackages("huellafixture.engine");
        String library = "huellafixture.engine.lib";

        assertThatThrownBy(() -> onlyTheApiIsUsedFromOutside(library, List.of(library + ".api"))
                        .check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("LibraryUser")
                .hasMessageContaining("LibraryInternal");
        assertThatThrownBy(() -> plainJava(library).check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.springframework");
    }

    private static ArchRule onlyTheApiIsUsedFromOutside(String library, List<String> api) {
        return noClasses()
                .that()
                .resideOutsideOfPackage(library + "..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage(library + "..").and(resideOutsideOfPackages(api.toArray(String[]::new))))
                .because("outside " + library + " only its API packages " + api + " may be used");
    }

    private static ArchRule plainJava(String library) {
        return noClasses()
                .that()
                .resideInAPackage(library + "..")
                .should()
                .dependOnClassesThat(
                        resideInAnyPackage("org.springframework..", "jakarta..", "java.sql..", "javax.sql..")
                                .or(resideInAPackage("mx.huella..").and(resideOutsideOfPackage(library + ".."))))
                .because(library + " is plain Java with no Spring, SQL or HTTP, and knows nothing of its users");
    }

    private static boolean mapsAnApiPath(AnnotatedElement element) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(element, RequestMapping.class);
        return mapping != null && Arrays.stream(mapping.path()).anyMatch(path -> path.startsWith("/api"));
    }
}
