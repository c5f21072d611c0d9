package mx.huella.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the zonky binaries, with its cluster in the data directory so that
 * data survives restarts. The server's own log goes to {@code postgres.log} beside the cluster, kept
 * terse so that rejected values (a duplicate CURP, say) never reach it.
 */
final class EmbeddedPostgresServer implements AutoCloseable {
    static final String DATABASE = "huella";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer start(Path dataDir) {
        Path cluster = dataDir.resolve("postgres");
        try {
            Files.createDirectories(cluster);
            stopOrphanedServer(cluster);
            var server = EmbeddedPostgres.builder()
                    .setDataDirectory(cluster)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(dataDir.resolve("postgres-bin").toFile())
                    .setServerConfig("log_error_verbosity", "terse")
                    .setServerConfig("log_min_error_statement", "panic")
                    .setServerConfig("log_min_messages", "warning")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(
                            dataDir.resolve("postgres.log").toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(
                            dataDir.resolve("postgres.log").toFile()))
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            var started = new EmbeddedPostgresServer(server);
            started.createDatabaseIfMissing();
            log.info("embedded PostgreSQL started on port {} with its data in {}", server.getPort(), cluster);
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + cluster, e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("create database " + DATABASE + " encoding 'UTF8'");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the database " + DATABASE, e);
        }
    }

    /**
     * A JVM killed without its shutdown hooks leaves its postmaster running on the cluster; a new
     * start would then fail on the lock. The pid file says which process to stop.
     */
    private static void stopOrphanedServer(Path cluster) throws IOException {
        Path pidFile = cluster.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile, StandardCharsets.US_ASCII).stream()
                .findFirst()
                .orElse("")
                .trim();
        if (!firstLine.matches("\\d+")) {
            return;
        }
        ProcessHandle.of(Long.parseLong(firstLine))
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                .ifPresent(orphan -> {
                    log.warn("stopping a PostgreSQL (pid {}) left running by an earlier run", orphan.pid());
                    orphan.destroy();
                    orphan.onExit()
                            .orTimeout(STOP_WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)
                            .join();
                });
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
