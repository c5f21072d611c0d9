package mx.huella.biometric;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Envelope encryption of biometric records: each record gets its own random AES-256 data key; the data
 * is sealed with AES-256-GCM under that key, and the data key is sealed with AES-256-GCM under the
 * master key. Both seals are bound to the record's identity (associated data), so a ciphertext copied
 * onto another record does not open. Rotating the master key re-seals data keys only.
 *
 * <p>Sealed form: a 12-byte random nonce followed by the GCM ciphertext and its 16-byte tag.
 */
final class TemplateCipher {
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final MasterKey master;
    private final java.util.Map<String, MasterKey> previous;
    private final SecureRandom random = new SecureRandom();

    TemplateCipher(MasterKey master) {
        this(master, java.util.List.of());
    }

    /** With earlier master keys too: records they wrapped still open, and {@link #rewrap} moves them to the current one. */
    TemplateCipher(MasterKey master, java.util.List<MasterKey> previous) {
        this.master = master;
        this.previous = new java.util.HashMap<>();
        previous.forEach(key -> this.previous.put(key.id(), key));
    }

    /** The id of the master key new records are wrapped with. */
    String currentKeyId() {
        return master.id();
    }

    /**
     * The same record with its data key wrapped by the current master key; the sealed data is not
     * touched. This is what a key rotation does to every record.
     */
    Sealed rewrap(Sealed sealed, String recordId) {
        if (sealed.keyId().equals(master.id())) {
            return sealed;
        }
        byte[] keyBytes = null;
        try {
            keyBytes = gcm(
                    Cipher.DECRYPT_MODE,
                    keyFor(sealed, recordId).secretKey(),
                    sealed.wrappedKey(),
                    null,
                    "key:" + recordId);
            byte[] wrapped = gcm(Cipher.ENCRYPT_MODE, master.secretKey(), null, keyBytes, "key:" + recordId);
            return new Sealed(sealed.data(), wrapped, master.id());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("biometric record " + recordId + " does not open: altered or misplaced", e);
        } finally {
            if (keyBytes != null) {
                Arrays.fill(keyBytes, (byte) 0);
            }
        }
    }

    private MasterKey keyFor(Sealed sealed, String recordId) {
        if (sealed.keyId().equals(master.id())) {
            return master;
        }
        MasterKey earlier = previous.get(sealed.keyId());
        if (earlier == null) {
            throw new IllegalStateException("biometric record " + recordId + " is sealed under master key "
                    + sealed.keyId() + ", not the configured " + master.id() + " nor a previous one");
        }
        return earlier;
    }

    /** A record sealed for storage. */
    record Sealed(byte[] data, byte[] wrappedKey, String keyId) {}

    Sealed seal(byte[] plain, String recordId) {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            SecretKey dataKey = generator.generateKey();
            byte[] data = gcm(Cipher.ENCRYPT_MODE, dataKey, null, plain, "data:" + recordId);
            byte[] wrapped =
                    gcm(Cipher.ENCRYPT_MODE, master.secretKey(), null, dataKey.getEncoded(), "key:" + recordId);
            return new Sealed(data, wrapped, master.id());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a biometric record", e);
        }
    }

    /**
     * Opens a sealed record.
     *
     * @throws IllegalStateException when it was sealed under another master key, for another record, or altered
     */
    byte[] open(Sealed sealed, String recordId) {
        MasterKey wrapping = keyFor(sealed, recordId);
        byte[] keyBytes = null;
        try {
            keyBytes = gcm(Cipher.DECRYPT_MODE, wrapping.secretKey(), sealed.wrappedKey(), null, "key:" + recordId);
            return gcm(
                    Cipher.DECRYPT_MODE, new SecretKeySpec(keyBytes, "AES"), sealed.data(), null, "data:" + recordId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("biometric record " + recordId + " does not open: altered or misplaced", e);
        } finally {
            if (keyBytes != null) {
                Arrays.fill(keyBytes, (byte) 0);
            }
        }
    }

    private byte[] gcm(int mode, SecretKey key, byte[] sealed, byte[] plain, String associated)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        byte[] aad = associated.getBytes(StandardCharsets.UTF_8);
        if (mode == Cipher.ENCRYPT_MODE) {
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            byte[] body = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE + body.length).put(nonce).put(body).array();
        }
        if (sealed.length < NONCE + TAG_BITS / 8) {
            throw new javax.crypto.AEADBadTagException("sealed data too short");
        }
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE));
        cipher.updateAAD(aad);
        return cipher.doFinal(sealed, NONCE, sealed.length - NONCE);
    }
}
