package mx.huella.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Database settings. With no {@code url} the embedded PostgreSQL runs under {@code dataDir}.
 *
 * @param url JDBC URL of an external PostgreSQL ({@code HUELLA_DB_URL}); blank for the embedded one
 * @param user user name for the external database ({@code HUELLA_DB_USER})
 * @param password password for the external database ({@code HUELLA_DB_PASSWORD})
 * @param dataDir directory holding the embedded database files (defaults to {@code huella.data-dir})
 * @param maxPoolSize connections kept open to the database
 */
@ConfigurationProperties("huella.db")
record DatabaseProperties(
        String url,
        String user,
        String password,
        Path dataDir,
        @DefaultValue("10") int maxPoolSize) {

    boolean isExternal() {
        return url != null && !url.isBlank();
    }
}
