package mx.huella.engine.face.nn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeakyReluTest {

    @Test
    void keepsPositivesAndScalesNegativesByATenth() {
        FeatureMap map = new FeatureMap(1, 1, 3, new float[] {2f, 0f, -3f});

        LeakyRelu.applyInPlace(map);

        assertThat(map.data()).containsExactly(2f, 0f, 0.1f * -3f);
    }
}
