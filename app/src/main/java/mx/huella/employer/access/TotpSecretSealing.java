package mx.huella.employer.access;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals the TOTP seeds stored in plain text before they were sealed (databases of earlier
 * versions), in one transaction, on start and before the portal takes requests. Rows are locked, so
 * two nodes starting together seal each row once; a no-op once done.
 */
@Component
class TotpSecretSealing implements SmartInitializingSingleton {
    private static final Logger log = LoggerFactory.getLogger(TotpSecretSealing.class);
    private final JdbcClient jdbc;
    private final TotpSecrets secrets;
    private final TransactionTemplate transactions;

    TotpSecretSealing(JdbcClient jdbc, TotpSecrets secrets, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.transactions = transactions;
    }

    @Override
    public void afterSingletonsInstantiated() {
        checkKey();
        int sealed = sealUnsealed();
        if (sealed > 0) {
            log.info("Sealed the TOTP secrets of {} delegates stored in plain text", sealed);
        }
    }

    /**
     * Opens one sealed seed, so that a wrong or missing secrets key (another node's development key
     * file, a mistyped {@code HUELLA_SECRETS_KEY}) stops the start with a clear message instead of
     * failing every delegate's sign-in later.
     */
    void checkKey() {
        record Sealed(UUID id, byte[] secret) {}
        jdbc.sql("select id, totp_secret from employer.delegate where totp_sealed limit 1")
                .query((rs, n) -> new Sealed(rs.getObject("id", UUID.class), rs.getBytes("totp_secret")))
                .optional()
                .ifPresent(row -> {
                    try {
                        secrets.open(row.id(), row.secret());
                    } catch (IllegalStateException e) {
                        throw new IllegalStateException("the employer secrets key (huella.employer.secrets-key, "
                                + "HUELLA_SECRETS_KEY, or <data-dir>/keys/secrets.key) does not open the stored TOTP "
                                + "seeds: it is not the key they were sealed with");
                    }
                });
    }

    /** Seals every seed still in plain text; returns how many. */
    int sealUnsealed() {
        Integer sealed = transactions.execute(status -> {
            record Plain(UUID id, byte[] secret) {}
            var plain = jdbc.sql("select id, totp_secret from employer.delegate where not totp_sealed for update")
                    .query((rs, n) -> new Plain(rs.getObject("id", UUID.class), rs.getBytes("totp_secret")))
                    .list();
            for (Plain row : plain) {
                jdbc.sql("update employer.delegate set totp_secret = :sealed, totp_sealed = true where id = :id")
                        .param("sealed", secrets.seal(row.id(), row.secret()))
                        .param("id", row.id())
                        .update();
            }
            return plain.size();
        });
        return sealed == null ? 0 : sealed;
    }
}
