package mx.huella.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import mx.huella.HuellaApplication;
import mx.huella.audit.Actor;
import mx.huella.identifier.Curp;
import mx.huella.registry.Person;
import mx.huella.registry.PersonDraft;
import mx.huella.registry.PersonService;
import mx.huella.registry.Persons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

class RestartIT {
    @TempDir
    Path dataDir;

    @Test
    void aRegisteredPersonSurvivesARestartOnTheSameDataDirectory() {
        PersonDraft draft = Persons.aPerson();
        Person registered;
        try (ConfigurableApplicationContext first = start()) {
            registered = first.getBean(PersonService.class).register(draft, Actor.SYSTEM);
        }
        assertThat(dataDir.resolve("postgres").resolve("PG_VERSION")).exists();

        try (ConfigurableApplicationContext second = start()) {
            PersonService persons = second.getBean(PersonService.class);
            assertThat(persons.findByCurp(Curp.parse(draft.curp()))).contains(registered);
            assertThat(persons.count()).isEqualTo(1);
        }
    }

    @Test
    void theEmbeddedServerIsPostgresql18() throws Exception {
        try (ConfigurableApplicationContext context = start()) {
            String version = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                    .sql("show server_version")
                    .query(String.class)
                    .single();
            assertThat(version).startsWith("18.");
        }
        assertThat(Files.readString(dataDir.resolve("postgres").resolve("PG_VERSION"))
                        .strip())
                .isEqualTo("18");
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(HuellaApplication.class)
                .run("--huella.data-dir=" + dataDir, "--server.port=0");
    }
}
