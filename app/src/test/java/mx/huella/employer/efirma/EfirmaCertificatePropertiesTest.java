package mx.huella.employer.efirma;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import mx.huella.demo.DemoCertificateAuthority;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** The certificate decoder takes outside bytes: anything that is not a certificate is one clear refusal. */
class EfirmaCertificatePropertiesTest {
    @Property(tries = 500)
    void arbitraryBytesAreRefusedAsUnreadableNeverWithAnotherException(@ForAll @Size(max = 2048) byte[] bytes) {
        assertThatThrownBy(() -> EfirmaCertificate.parse(bytes)).isInstanceOf(EfirmaException.class);
    }

    @Property(tries = 300)
    void aCorruptedCertificateIsRefusedOrStillReadsAsACertificate(
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 1199) int position, @ForAll byte value) {
        byte[] certificate = Fixture.CERTIFICATE.clone();
        certificate[position % certificate.length] = value;
        try {
            EfirmaCertificate.parse(certificate);
        } catch (EfirmaException expected) {
            // the one refusal a corrupted certificate may give
        }
    }

    private static final class Fixture {
        static final byte[] CERTIFICATE = new DemoCertificateAuthority("AC de propiedades")
                .efirma("ABC200115R47", "Propiedades", "x")
                .cer();
    }
}
