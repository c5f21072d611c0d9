package mx.huella.employer;

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
        int sealed = sealUnsealed();
        if (sealed > 0) {
            log.info("Sealed the TOTP secrets of {} delegates stored in plain text", sealed);
        }
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
