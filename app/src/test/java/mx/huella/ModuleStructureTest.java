package mx.huella;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import huellafixture.boundary.BoundaryFixtureApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

class ModuleStructureTest {

    @Test
    void everyModuleUsesOthersOnlyThroughTheirPublicApi() {
        ApplicationModules modules = ApplicationModules.of(HuellaApplication.class);

        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("registry", "staff", "audit", "identifier", "database", "web");
        modules.verify();
    }

    @Test
    void theBoundaryCheckFailsWhenAModuleReachesIntoAnothersInternals() {
        // The fixture lives in test sources, which module detection skips unless told otherwise.
        ApplicationModules fixture = ApplicationModules.of(BoundaryFixtureApplication.class, location -> true);

        assertThatThrownBy(fixture::verify).isInstanceOf(Violations.class).hasMessageContaining("AlphaSecret");
    }
}
