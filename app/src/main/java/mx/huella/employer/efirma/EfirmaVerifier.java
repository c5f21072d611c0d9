package mx.huella.employer.efirma;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * Verifies an e.firma sign-in as SAT's relying parties do: a FIEL (not a CSD) with the
 * digital-signature key usage, valid now, chained to a configured authority, on no current CRL,
 * whose key signed exactly the challenge (SHA256withRSA).
 */
public final class EfirmaVerifier {
    private final TrustedAuthorities authorities;

    public EfirmaVerifier(TrustedAuthorities authorities) {
        this.authorities = authorities;
    }

    public EfirmaCertificate verify(byte[] certificate, String challenge, byte[] signature, Instant now) {
        EfirmaCertificate efirma = EfirmaCertificate.parse(certificate);
        X509Certificate x509 = efirma.certificate();
        boolean[] usage = x509.getKeyUsage();
        if (efirma.isSealCertificate() || (usage != null && !usage[0])) {
            throw new EfirmaException(EfirmaRefusal.NOT_AN_EFIRMA, "a CSD or a certificate that cannot sign");
        }
        if (now.isAfter(x509.getNotAfter().toInstant())) {
            throw new EfirmaException(
                    EfirmaRefusal.EXPIRED, "expired on " + x509.getNotAfter().toInstant());
        }
        if (now.isBefore(x509.getNotBefore().toInstant())) {
            throw new EfirmaException(
                    EfirmaRefusal.NOT_YET_VALID,
                    "valid from " + x509.getNotBefore().toInstant());
        }
        authorities.check(x509, now);
        if (!signs(x509, challenge, signature)) {
            throw new EfirmaException(EfirmaRefusal.BAD_SIGNATURE, "the signature does not verify");
        }
        return efirma;
    }

    private static boolean signs(X509Certificate certificate, String challenge, byte[] signature) {
        if (signature == null || signature.length == 0 || challenge == null) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(challenge.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
