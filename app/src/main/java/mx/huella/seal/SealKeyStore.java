package mx.huella.seal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the platform key from a PKCS#12 key store. A development installation without one gets a
 * self-signed key and certificate on first start, with a random password in a file beside it
 * (owner-only); production names its own key store and password.
 */
final class SealKeyStore {
    private static final Logger log = LoggerFactory.getLogger(SealKeyStore.class);
    static final String ALIAS = "huella-seal";

    private SealKeyStore() {}

    static PlatformSeal load(Path keyStore, String password, Clock clock) {
        try {
            if (Files.exists(keyStore)) {
                char[] secret = password(keyStore, password).toCharArray();
                KeyStore store = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(keyStore)) {
                    store.load(in, secret);
                }
                String alias =
                        store.containsAlias(ALIAS) ? ALIAS : store.aliases().nextElement();
                PrivateKey key = (PrivateKey) store.getKey(alias, secret);
                if (key == null) {
                    throw new IllegalStateException("the seal key store " + keyStore + " holds no private key");
                }
                return new PlatformSeal(key, (X509Certificate) store.getCertificate(alias));
            }
            if (password != null && !password.isBlank()) {
                throw new IllegalStateException("the seal key store " + keyStore + " does not exist");
            }
            return createDevelopmentKey(keyStore, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the seal key store " + keyStore, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open the seal key store " + keyStore + ": " + e.getMessage(), e);
        }
    }

    private static String password(Path keyStore, String configured) throws IOException {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        Path file = passwordFile(keyStore);
        if (!Files.exists(file)) {
            throw new IllegalStateException("set huella.seal.key-store-password for " + keyStore);
        }
        return Files.readString(file).strip();
    }

    private static Path passwordFile(Path keyStore) {
        return keyStore.resolveSibling(keyStore.getFileName() + ".password");
    }

    private static PlatformSeal createDevelopmentKey(Path keyStore, Clock clock)
            throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072);
        KeyPair pair = generator.generateKeyPair();
        X509Certificate certificate = selfSigned(pair, clock.instant());
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ALIAS, pair.getPrivate(), password.toCharArray(), new Certificate[] {certificate});
        Path directory = keyStore.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        writeOwnerOnly(passwordFile(keyStore), password.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path temporary = Files.createTempFile(directory, "seal", ".tmp");
        ownerOnly(temporary);
        try (OutputStream out = Files.newOutputStream(temporary)) {
            store.store(out, password.toCharArray());
        }
        Files.move(temporary, keyStore, StandardCopyOption.ATOMIC_MOVE);
        log.warn(
                "Created a self-signed development seal key in {} (certificate {}). In production configure "
                        + "huella.seal.key-store with the institute's certificate.",
                keyStore,
                certificate.getSerialNumber().toString(16));
        return new PlatformSeal(pair.getPrivate(), certificate);
    }

    private static X509Certificate selfSigned(KeyPair pair, Instant now) throws GeneralSecurityException {
        X500Name name = new X500Name("CN=Huella sello de desarrollo, O=Huella, C=MX");
        BigInteger serial = new BigInteger(64, new SecureRandom());
        try {
            var builder = new JcaX509v3CertificateBuilder(
                            name,
                            serial,
                            Date.from(now.minus(Duration.ofDays(1))),
                            Date.from(now.plus(Duration.ofDays(3650))),
                            name,
                            pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(
                            Extension.keyUsage,
                            true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            return new JcaX509CertificateConverter()
                    .getCertificate(
                            builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        } catch (OperatorCreationException | java.io.IOException e) {
            throw new GeneralSecurityException("cannot build the development certificate", e);
        }
    }

    private static void writeOwnerOnly(Path file, byte[] content) throws IOException {
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "seal", ".tmp");
        ownerOnly(temporary);
        Files.write(temporary, content);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the directory's own protection applies.
        }
    }
}
