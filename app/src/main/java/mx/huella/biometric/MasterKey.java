package mx.huella.biometric;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 256-bit AES key that wraps the data keys of biometric records. It never enters the database:
 * it comes from {@code HUELLA_MASTER_KEY} or from a key file, created (owner-only) on the first start
 * of a development installation. Records name the key that wrapped them by its {@link #id()}.
 */
final class MasterKey {
    private static final Logger log = LoggerFactory.getLogger(MasterKey.class);
    private static final int BYTES = 32;

    private final SecretKey key;
    private final String id;

    MasterKey(byte[] material) {
        if (material.length != BYTES) {
            throw new IllegalArgumentException(
                    "the biometric master key must be 256 bits (32 bytes), not " + material.length + " bytes");
        }
        this.key = new SecretKeySpec(material, "AES");
        this.id = fingerprint(material);
    }

    /** The key given in the settings, else the one in the key file, created there when absent. */
    static MasterKey load(BiometricProperties properties) {
        if (properties.masterKey() != null && !properties.masterKey().isBlank()) {
            try {
                return new MasterKey(
                        Base64.getDecoder().decode(properties.masterKey().strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("huella.biometric.master-key (HUELLA_MASTER_KEY) must be the "
                        + "base64 of 32 random bytes: " + e.getMessage());
            }
        }
        Path file = properties.masterKeyFile();
        try {
            if (Files.exists(file)) {
                return new MasterKey(
                        Base64.getDecoder().decode(Files.readString(file).strip()));
            }
            byte[] material = new byte[BYTES];
            new SecureRandom().nextBytes(material);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "master", ".tmp");
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the directory's own protection applies.
            }
            Files.writeString(temporary, Base64.getEncoder().encodeToString(material));
            Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            MasterKey created = new MasterKey(material);
            log.warn(
                    "Created a development master key for biometric data in {} (key id {}). In production set "
                            + "HUELLA_MASTER_KEY and keep the key away from the database and its backups.",
                    file,
                    created.id());
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the biometric master key file " + file, e);
        }
    }

    SecretKey secretKey() {
        return key;
    }

    /** A short, public name for the key: the start of its SHA-256. */
    String id() {
        return id;
    }

    private static String fingerprint(byte[] material) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(material);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
