package mx.huella.tools.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NormalQuantileTest {

    @Test
    void matchesKnownQuantilesOfTheStandardNormal() {
        assertThat(NormalQuantile.of(0.5)).isCloseTo(0, within(1e-9));
        assertThat(NormalQuantile.of(0.975)).isCloseTo(1.959964, within(1e-6));
        assertThat(NormalQuantile.of(1e-4)).isCloseTo(-3.719016, within(1e-6));
        assertThat(NormalQuantile.of(0.01)).isCloseTo(-2.326348, within(1e-6));
    }
}
