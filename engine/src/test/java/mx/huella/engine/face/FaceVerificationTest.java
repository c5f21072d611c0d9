package mx.huella.engine.face;

import static org.assertj.core.api.Assertions.assertThat;

import mx.huella.engine.fingerprint.FalseMatchRate;
import org.junit.jupiter.api.Test;

class FaceVerificationTest {
    private final FaceVerification verification = FaceVerification.calibrated();

    @Test
    void theSameDescriptorMatchesAtEveryRateAndAFarOneAtNone() {
        float[] values = new float[FaceDescriptor.LENGTH];
        values[0] = 0.3f;
        FaceDescriptor face = new FaceDescriptor(values);
        float[] far = values.clone();
        far[1] = 0.9f;

        for (FalseMatchRate rate : FalseMatchRate.values()) {
            assertThat(verification.verify(face, face, rate).match()).isTrue();
            assertThat(verification.verify(face, new FaceDescriptor(far), rate).match())
                    .isFalse();
        }
    }

    @Test
    void stricterRatesNeedCloserFacesAndTheDecisionSaysWhy() {
        double lenient = verification
                .verify(descriptor(0), descriptor(0), FalseMatchRate.ONE_IN_THOUSAND)
                .threshold();
        double strict = verification
                .verify(descriptor(0), descriptor(0), FalseMatchRate.ONE_IN_HUNDRED_THOUSAND)
                .threshold();

        assertThat(strict).isLessThan(lenient).isPositive();
        FaceVerification.Decision decision =
                verification.verify(descriptor(0), descriptor(0.5f), FalseMatchRate.ONE_IN_TEN_THOUSAND);
        assertThat(decision.distance()).isCloseTo(0.5, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(decision.match()).isEqualTo(decision.distance() < decision.threshold());
        assertThat(decision.falseMatchProbability()).isBetween(0.0, 1.0);
    }

    private static FaceDescriptor descriptor(float shift) {
        float[] values = new float[FaceDescriptor.LENGTH];
        values[5] = shift;
        return new FaceDescriptor(values);
    }
}
