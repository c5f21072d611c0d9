package mx.huella.employer.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 256-bit AES key that seals the employer module's secrets at rest (delegates' TOTP seeds). It
 * never enters the database: it comes from {@code HUELLA_SECRETS_KEY} or from a key file created
 * owner-only on the first start of a development installation. Deliberately not the biometric
 * master key: a leak of one must not open the other's data.
 */
final class SecretsKey {
    private static final Logger log = LoggerFactory.getLogger(SecretsKey.class);
    static final int BYTES = 32;

    private SecretsKey() {}

    /** The configured key (base64) when given, else the one in {@code file}, created there when absent. */
    static SecretKey load(String configured, Path file) {
        if (configured != null && !configured.isBlank()) {
            try {
                return of(Base64.getDecoder().decode(configured.strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("huella.employer.secrets-key (HUELLA_SECRETS_KEY) must be the base64 "
                        + "of 32 random bytes: " + e.getMessage());
            }
        }
        try {
            if (Files.exists(file)) {
                return of(Base64.getDecoder().decode(Files.readString(file).strip()));
            }
            byte[] material = new byte[BYTES];
            new SecureRandom().nextBytes(material);
            Path directory = file.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, "secrets", ".tmp");
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the directory's own protection applies.
            }
            Files.writeString(temporary, Base64.getEncoder().encodeToString(material));
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            log.warn(
                    "Created a development key for employer secrets in {}. In production set HUELLA_SECRETS_KEY and "
                            + "keep the key away from the database and its backups.",
                    file);
            return of(material);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the employer secrets key file " + file, e);
        }
    }

    private static SecretKey of(byte[] material) {
        if (material.length != BYTES) {
            throw new IllegalStateException(
                    "the employer secrets key must be 256 bits (32 bytes), not " + material.length + " bytes");
        }
        return new SecretKeySpec(material, "AES");
    }
}
