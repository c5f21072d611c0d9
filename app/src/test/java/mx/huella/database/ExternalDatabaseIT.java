package mx.huella.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import mx.huella.HuellaApplication;
import mx.huella.audit.Actor;
import mx.huella.registry.PersonService;
import mx.huella.registry.Persons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

class ExternalDatabaseIT {
    @TempDir
    Path dataDir;

    @Test
    void usesThePostgresqlNamedByTheUrlAndStartsNoEmbeddedOne() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start();
                ConfigurableApplicationContext context = new SpringApplicationBuilder(HuellaApplication.class)
                        .run(
                                "--huella.db.url=" + external.getJdbcUrl("postgres", "postgres"),
                                "--huella.db.user=postgres",
                                "--huella.db.password=",
                                "--huella.data-dir=" + dataDir,
                                "--server.port=0")) {
            context.getBean(PersonService.class).register(Persons.aPerson(), Actor.SYSTEM);

            assertThat(context.getBeansOfType(EmbeddedPostgresServer.class)).isEmpty();
            assertThat(dataDir.resolve("postgres")).doesNotExist();
            try (var connection = external.getPostgresDatabase().getConnection();
                    var count = connection.createStatement().executeQuery("select count(*) from registry.person")) {
                count.next();
                assertThat(count.getInt(1)).isEqualTo(1);
            }
        }
    }
}
