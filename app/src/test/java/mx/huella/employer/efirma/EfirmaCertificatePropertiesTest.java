package mx.huella.employer.efirma;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import mx.huella.demo.DemoCertificateAuthority;
import mx.huella.generated.Generated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The certificate decoder takes outside bytes: anything that is not a certificate is one clear refusal. */
class EfirmaCertificatePropertiesTest {
    static Stream<Arguments> byteStrings() {
        return Generated.cases(
                500, List.of(Arguments.of(new byte[0])), random -> Arguments.of(Generated.bytes(random, 2048)));
    }

    static Stream<Arguments> positionsAndValues() {
        return Generated.cases(
                300,
                random -> Arguments.of(Generated.between(random, 0, 1199), (byte)
                        Generated.between(random, Byte.MIN_VALUE, Byte.MAX_VALUE)));
    }

    @ParameterizedTest
    @MethodSource("byteStrings")
    void arbitraryBytesAreRefusedAsUnreadableNeverWithAnotherException(byte[] bytes) {
        assertThatThrownBy(() -> EfirmaCertificate.parse(bytes)).isInstanceOf(EfirmaException.class);
    }

    @ParameterizedTest
    @MethodSource("positionsAndValues")
    void aCorruptedCertificateIsRefusedOrStillReadsAsACertificate(int position, byte value) {
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
