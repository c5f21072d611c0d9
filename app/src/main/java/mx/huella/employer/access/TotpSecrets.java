package mx.huella.employer.access;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals delegates' TOTP seeds with AES-256-GCM under the {@link SecretsKey}. The delegate's id is
 * the associated data, so a sealed seed copied onto another delegate's row does not open. Layout:
 * version (1 byte), nonce (12 bytes), ciphertext and 16-byte tag. Thread-safe.
 */
@Component
class TotpSecrets {
    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    TotpSecrets(
            @Value("${huella.employer.secrets-key:}") String configured, @Value("${huella.data-dir}") Path dataDir) {
        this.key = SecretsKey.load(configured, dataDir.resolve("keys").resolve("secrets.key"));
    }

    byte[] seal(UUID delegateId, byte[] secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, delegateId, nonce, secret);
        return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
                .put(VERSION)
                .put(nonce)
                .put(sealed)
                .array();
    }

    /** @throws IllegalStateException when the bytes were not sealed for this delegate under this key */
    byte[] open(UUID delegateId, byte[] stored) {
        if (stored.length < 1 + NONCE_BYTES + TAG_BITS / 8 || stored[0] != VERSION) {
            throw new IllegalStateException("not a sealed TOTP secret");
        }
        return run(
                Cipher.DECRYPT_MODE,
                delegateId,
                Arrays.copyOfRange(stored, 1, 1 + NONCE_BYTES),
                Arrays.copyOfRange(stored, 1 + NONCE_BYTES, stored.length));
    }

    private byte[] run(int mode, UUID delegateId, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(("huella/employer/delegate-totp/" + delegateId).getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the TOTP secret of delegate " + delegateId + " does not open", e);
        }
    }
}
