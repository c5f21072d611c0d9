package mx.huella.seal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;

/**
 * Seals canonical strings with the platform key (SHA256withRSA) and checks seals. A seal is the
 * base64 of the signature; it verifies only against exactly the string that was sealed.
 */
public class PlatformSeal {
    private static final String ALGORITHM = "SHA256withRSA";
    private final PrivateKey key;
    private final X509Certificate certificate;

    PlatformSeal(PrivateKey key, X509Certificate certificate) {
        this.key = key;
        this.certificate = certificate;
    }

    public String seal(String canonical) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(canonical.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the platform key cannot sign", e);
        }
    }

    /** The platform's SHA256withRSA signature of these bytes (for JWS and PDF signatures). */
    public byte[] sign(byte[] content) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(content);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the platform key cannot sign", e);
        }
    }

    /** A detached CMS (CAdES) signature of these bytes, for PAdES. */
    byte[] cmsDetached(byte[] content) {
        try {
            return PdfSignatures.cms(key, certificate, content);
        } catch (Exception e) {
            throw new IllegalStateException("cannot build the CMS signature", e);
        }
    }

    /** Whether these are the platform's signature of exactly these bytes. */
    public boolean verifies(byte[] content, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(certificate.getPublicKey());
            signature.update(content);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether the seal is the platform's signature of exactly this string; malformed seals do not verify. */
    public boolean verifies(String canonical, String seal) {
        if (seal == null || canonical == null) {
            return false;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(seal.strip());
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(certificate.getPublicKey());
            signature.update(canonical.getBytes(StandardCharsets.UTF_8));
            return signature.verify(bytes);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    /** The certificate whose key seals; published so that anyone can check a seal offline. */
    public X509Certificate certificate() {
        return certificate;
    }

    /** The certificate's serial number in hex, printed next to each seal. */
    public String certificateNumber() {
        return certificate.getSerialNumber().toString(16);
    }
}
