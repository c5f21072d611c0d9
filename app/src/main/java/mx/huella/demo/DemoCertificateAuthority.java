package mx.huella.demo;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate authority for demonstrations and tests that issues SAT look-alike e.firmas (never
 * trusted unless an installation puts its certificate among its authorities): RFC in 2.5.4.45, CURP in
 * 2.5.4.5, a 20-digit certificate number as the ASCII serial, no OU (a CSD gets one), and the private
 * key as SAT ships it: PKCS#8 EncryptedPrivateKeyInfo in DER, PBES2 with 3DES (DES-EDE3-CBC).
 */
public final class DemoCertificateAuthority {
    private static long serial = 700_000_001L;
    private final KeyPair authorityKeys;
    private final X509Certificate authority;
    private final X500Name authorityName;

    /** A certificate, its SAT-style encrypted key, and the plain key for signing in tests. */
    public record Issued(byte[] cer, byte[] key, PrivateKey privateKey, X509Certificate certificate) {}

    public DemoCertificateAuthority(String name) {
        this(name, rsaUnchecked());
    }

    private DemoCertificateAuthority(String name, KeyPair keys) {
        try {
            authorityKeys = keys;
            authorityName = new X500Name("CN=" + name + ", O=Servicio de Pruebas, C=MX");
            Instant now = Instant.now();
            var builder = new JcaX509v3CertificateBuilder(
                            authorityName,
                            BigInteger.valueOf(System.nanoTime()),
                            Date.from(now.minusSeconds(86_400L * 365)),
                            Date.from(now.plusSeconds(86_400L * 3650)),
                            authorityName,
                            authorityKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            authority = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(
                            new JcaContentSignerBuilder("SHA256withRSA").build(authorityKeys.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public X509Certificate authority() {
        return authority;
    }

    public byte[] authorityDer() {
        try {
            return authority.getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An e.firma valid for four years from yesterday. */
    public Issued efirma(String rfcAttribute, String name, String password) {
        Instant now = Instant.now();
        return issue(rfcAttribute, name, now.minusSeconds(86_400), now.plusSeconds(86_400L * 365 * 4), false, password);
    }

    public Issued issue(
            String rfcAttribute, String name, Instant notBefore, Instant notAfter, boolean csd, String password) {
        try {
            KeyPair keys = rsa();
            X500NameBuilder subject = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.CN, name)
                    .addRDN(BCStyle.NAME, name)
                    .addRDN(BCStyle.O, name)
                    .addRDN(BCStyle.C, "MX")
                    .addRDN(BCStyle.UNIQUE_IDENTIFIER, rfcAttribute)
                    .addRDN(BCStyle.SERIALNUMBER, " / PEGJ900101HDFRRN09");
            if (csd) {
                subject.addRDN(BCStyle.OU, "Sucursal 1");
            }
            String number = "%020d".formatted(nextSerial());
            var builder = new JcaX509v3CertificateBuilder(
                            authorityName,
                            new BigInteger(1, number.getBytes(StandardCharsets.US_ASCII)),
                            Date.from(notBefore),
                            Date.from(notAfter),
                            subject.build(),
                            keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(
                            Extension.keyUsage,
                            true,
                            new KeyUsage(KeyUsage.digitalSignature
                                    | KeyUsage.nonRepudiation
                                    | KeyUsage.dataEncipherment
                                    | KeyUsage.keyAgreement))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(new KeyPurposeId[] {
                        KeyPurposeId.id_kp_emailProtection, KeyPurposeId.id_kp_clientAuth
                    }));
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(
                            new JcaContentSignerBuilder("SHA256withRSA").build(authorityKeys.getPrivate())));
            return new Issued(
                    certificate.getEncoded(), satKey(keys.getPrivate(), password), keys.getPrivate(), certificate);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A CRL of this authority listing the given certificates as revoked. */
    public byte[] crl(Instant thisUpdate, Instant nextUpdate, X509Certificate... revoked) {
        try {
            X509v2CRLBuilder builder = new X509v2CRLBuilder(authorityName, Date.from(thisUpdate));
            builder.setNextUpdate(Date.from(nextUpdate));
            for (X509Certificate certificate : revoked) {
                builder.addCRLEntry(certificate.getSerialNumber(), Date.from(thisUpdate), CRLReason.keyCompromise);
            }
            return new JcaX509CRLConverter()
                    .getCRL(builder.build(
                            new JcaContentSignerBuilder("SHA256withRSA").build(authorityKeys.getPrivate())))
                    .getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A current CRL (a week ahead) listing the given certificates. */
    public byte[] crl(X509Certificate... revoked) {
        Instant now = Instant.now();
        return crl(now.minusSeconds(3600), now.plusSeconds(7 * 86_400L), revoked);
    }

    public static byte[] sign(PrivateKey key, String text) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return signature.sign();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] satKey(PrivateKey key, String password) throws Exception {
        var encryptor = new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.DES3_CBC)
                .setProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider())
                .setPassword(password.toCharArray())
                .setIterationCount(2048)
                .build();
        return new JcaPKCS8Generator(key, encryptor).generate().getContent();
    }

    private static synchronized long nextSerial() {
        return serial++;
    }

    /** The authority's key in PKCS#8 DER (unencrypted: a demonstration authority only). */
    public byte[] authorityKey() {
        return authorityKeys.getPrivate().getEncoded();
    }

    /** An authority restored from its certificate and key, to issue more and new CRLs after a restart. */
    public static DemoCertificateAuthority restore(byte[] certificate, byte[] key) {
        try {
            var factory = java.security.cert.CertificateFactory.getInstance("X.509");
            X509Certificate authority =
                    (X509Certificate) factory.generateCertificate(new java.io.ByteArrayInputStream(certificate));
            PrivateKey privateKey = java.security.KeyFactory.getInstance("RSA")
                    .generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(key));
            return new DemoCertificateAuthority(authority, new KeyPair(authority.getPublicKey(), privateKey));
        } catch (Exception e) {
            throw new IllegalStateException("cannot restore the demonstration authority", e);
        }
    }

    private DemoCertificateAuthority(X509Certificate authority, KeyPair keys) {
        this.authority = authority;
        this.authorityKeys = keys;
        this.authorityName = org.bouncycastle.asn1.x500.X500Name.getInstance(
                authority.getSubjectX500Principal().getEncoded());
    }

    private static KeyPair rsaUnchecked() {
        try {
            return rsa();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }
}
