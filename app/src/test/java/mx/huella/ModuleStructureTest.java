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
}
