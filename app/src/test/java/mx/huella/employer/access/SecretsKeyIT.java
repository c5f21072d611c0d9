package mx.huella.employer.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import mx.huella.HuellaApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

class SecretsKeyIT {
    @TempDir
    Path dataDir;

    @Test
    void aStartWithAnotherSecretsKeyThanTheSeedsWereSealedWithStopsWithAClearMessage() {
        String sealingKey = randomKey();
        try (ConfigurableApplicationContext first = start(sealingKey)) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            UUID employer = UUID.randomUUID();
            UUID delegate = UUID.randomUUID();
            jdbc.sql(
                            "insert into employer.employer (id, rfc, legal_name, created_at) values (:id, 'SKE251101AB1', 'Llaves', now())")
                    .param("id", employer)
                    .update();
            jdbc.sql("""
                    insert into employer.delegate (id, employer_id, username, full_name, email, password_hash, totp_secret,
                      totp_sealed, created_at, created_by)
                    values (:id, :employer, 'rh.llaves', 'RH', 'rh@llaves.example', 'x', :secret, true, :at, 'test')
                    """)
                    .param("id", delegate)
                    .param("employer", employer)
                    .param("secret", first.getBean(TotpSecrets.class).seal(delegate, new byte[20]))
                    .param("at", java.sql.Timestamp.from(Instant.now()))
                    .update();
        }

        try (ConfigurableApplicationContext again = start(sealingKey)) {
            assertThat(again.isActive())
                    .as("the key the seeds were sealed with starts")
                    .isTrue();
        }
        assertThatThrownBy(() -> start(randomKey()).close())
                .hasStackTraceContaining("does not open the stored TOTP seeds");
    }

    private ConfigurableApplicationContext start(String secretsKey) {
        return new SpringApplicationBuilder(HuellaApplication.class)
                .run("--huella.data-dir=" + dataDir, "--server.port=0", "--huella.employer.secrets-key=" + secretsKey);
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
