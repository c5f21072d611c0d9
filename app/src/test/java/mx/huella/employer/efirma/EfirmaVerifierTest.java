package mx.huella.employer.efirma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import mx.huella.demo.DemoCertificateAuthority;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EfirmaVerifierTest {
    private static final String CHALLENGE = "||HUELLA|login|abc123|2026-11-23T03:00:00Z||";
    private static DemoCertificateAuthority sat;
    private static DemoCertificateAuthority.Issued valid;
    private static DemoCertificateAuthority.Issued revoked;

    @TempDir
    static Path files;

    private static EfirmaVerifier verifier;
    private static Path crl;

    @BeforeAll
    static void authorityWithItsRevocationList() throws Exception {
        sat = new DemoCertificateAuthority("AC de pruebas Huella");
        valid = sat.efirma("ABC200115R47 / PEGJ900101LN6", "Comercializadora ABC, S.A.", "12345678a");
        revoked = sat.efirma("TEC990101T15", "Tecnologías, S.A.", "12345678a");
        Path authority = Files.write(files.resolve("ac.cer"), sat.authorityDer());
        crl = Files.write(files.resolve("ac.crl"), sat.crl(revoked.certificate()));
        verifier = new EfirmaVerifier(new TrustedAuthorities(List.of(authority), List.of(crl)));
    }

    @Test
    void aValidEfirmaThatSignedTheChallengeYieldsTheCompanyRfcAndItsRepresentative() {
        EfirmaCertificate efirma = verifier.verify(valid.cer(), CHALLENGE, sign(valid), Instant.now());

        assertThat(efirma.rfc()).isEqualTo("ABC200115R47");
        assertThat(efirma.representativeRfc()).contains("PEGJ900101LN6");
        assertThat(efirma.number()).hasSize(20).containsOnlyDigits();
        assertThat(efirma.holderName()).isEqualTo("Comercializadora ABC, S.A.");
    }

    @Test
    void eachFailureHasItsOwnReason() {
        DemoCertificateAuthority stranger = new DemoCertificateAuthority("AC desconocida");
        DemoCertificateAuthority.Issued foreign = stranger.efirma("ABC200115R47", "Otra", "x");
        Instant now = Instant.now();
        DemoCertificateAuthority.Issued expired = sat.issue(
                "ABC200115R47", "Vencida", now.minusSeconds(86_400L * 1500), now.minusSeconds(60), false, "x");
        DemoCertificateAuthority.Issued future =
                sat.issue("ABC200115R47", "Futura", now.plusSeconds(3600), now.plusSeconds(86_400), false, "x");
        DemoCertificateAuthority.Issued csd =
                sat.issue("ABC200115R47", "Sello", now.minusSeconds(60), now.plusSeconds(86_400), true, "x");

        assertRefused(
                () -> verifier.verify(foreign.cer(), CHALLENGE, sign(foreign), now), EfirmaRefusal.UNKNOWN_AUTHORITY);
        assertRefused(() -> verifier.verify(expired.cer(), CHALLENGE, sign(expired), now), EfirmaRefusal.EXPIRED);
        assertRefused(() -> verifier.verify(future.cer(), CHALLENGE, sign(future), now), EfirmaRefusal.NOT_YET_VALID);
        assertRefused(() -> verifier.verify(csd.cer(), CHALLENGE, sign(csd), now), EfirmaRefusal.NOT_AN_EFIRMA);
        assertRefused(() -> verifier.verify(revoked.cer(), CHALLENGE, sign(revoked), now), EfirmaRefusal.REVOKED);
        assertRefused(
                () -> verifier.verify(valid.cer(), CHALLENGE.replace("abc", "xyz"), sign(valid), now),
                EfirmaRefusal.BAD_SIGNATURE);
        assertRefused(
                () -> verifier.verify(
                        valid.cer(), CHALLENGE, DemoCertificateAuthority.sign(revoked.privateKey(), CHALLENGE), now),
                EfirmaRefusal.BAD_SIGNATURE);
        assertRefused(
                () -> verifier.verify("no es un certificado".getBytes(), CHALLENGE, sign(valid), now),
                EfirmaRefusal.UNREADABLE_CERTIFICATE);
    }

    @Test
    void withoutACurrentRevocationListRevocationCannotBeRuledOut(@TempDir Path other) throws Exception {
        Path authority = Files.write(other.resolve("ac.cer"), sat.authorityDer());
        Instant now = Instant.now();
        Path stale =
                Files.write(other.resolve("old.crl"), sat.crl(now.minusSeconds(86_400 * 10), now.minusSeconds(86_400)));
        EfirmaVerifier noCrl = new EfirmaVerifier(new TrustedAuthorities(List.of(authority), List.of()));
        EfirmaVerifier staleCrl = new EfirmaVerifier(new TrustedAuthorities(List.of(authority), List.of(stale)));

        assertRefused(() -> noCrl.verify(valid.cer(), CHALLENGE, sign(valid), now), EfirmaRefusal.REVOCATION_UNKNOWN);
        assertRefused(
                () -> staleCrl.verify(valid.cer(), CHALLENGE, sign(valid), now), EfirmaRefusal.REVOCATION_UNKNOWN);
    }

    @Test
    void aNewRevocationListDroppedInPlaceAppliesWithoutARestart() throws Exception {
        Path authority = Files.write(files.resolve("ac2.cer"), sat.authorityDer());
        Path list = Files.write(files.resolve("ac2.crl"), sat.crl());
        DemoCertificateAuthority.Issued later = sat.efirma("ABC200115R47", "Revocada después", "x");
        EfirmaVerifier live = new EfirmaVerifier(new TrustedAuthorities(List.of(authority), List.of(list)));
        Instant now = Instant.now();

        assertThat(live.verify(later.cer(), CHALLENGE, sign(later), now).rfc()).isEqualTo("ABC200115R47");
        Files.write(list, sat.crl(later.certificate()));
        assertRefused(() -> live.verify(later.cer(), CHALLENGE, sign(later), now), EfirmaRefusal.REVOKED);
    }

    @Test
    void theKeyFileIsShapedAsSatShipsItPbes2WithTripleDes() {
        EncryptedPrivateKeyInfo info = EncryptedPrivateKeyInfo.getInstance(valid.key());

        assertThat(info.getEncryptionAlgorithm().getAlgorithm()).isEqualTo(PKCSObjectIdentifiers.id_PBES2);
        assertThat(PBES2Parameters.getInstance(info.getEncryptionAlgorithm().getParameters())
                        .getEncryptionScheme()
                        .getAlgorithm())
                .isEqualTo(PKCSObjectIdentifiers.des_EDE3_CBC);
    }

    private static byte[] sign(DemoCertificateAuthority.Issued issued) {
        return DemoCertificateAuthority.sign(issued.privateKey(), CHALLENGE);
    }

    private static void assertRefused(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable call, EfirmaRefusal refusal) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        EfirmaException.class, e -> assertThat(e.refusal()).isEqualTo(refusal));
    }
}
