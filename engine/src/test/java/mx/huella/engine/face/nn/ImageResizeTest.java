package mx.huella.engine.face.nn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageResizeTest {

    @Test
    void splitsCentredSquarePaddingWithTheLargerHalfAfter() {
        FeatureMap wide = new FeatureMap(1, 6, 1, new float[] {1, 2, 3, 4, 5, 6});

        FeatureMap square = ImageResize.padToSquare(wide, true);

        assertThat(square.height()).isEqualTo(6);
        assertThat(square.get(2, 0, 0)).isEqualTo(1f);
        assertThat(square.get(1, 0, 0)).isZero();
        assertThat(square.get(3, 0, 0)).isZero();
    }

    @Test
    void padsOnlyAtTheBottomWhenNotCentred() {
        FeatureMap wide = new FeatureMap(1, 6, 1, new float[] {1, 2, 3, 4, 5, 6});

        assertThat(ImageResize.padToSquare(wide, false).get(0, 5, 0)).isEqualTo(6f);
    }

    @Test
    void samplesTheSourceAtTheTopLeftConventionWithoutAntialiasing() {
        FeatureMap ramp = new FeatureMap(2, 2, 1, new float[] {0, 10, 20, 30});

        FeatureMap up = ImageResize.bilinear(ramp, 5, 5);

        assertThat(up.get(0, 0, 0)).isZero();
        assertThat(up.get(0, 1, 0)).isEqualTo(4f);
        assertThat(up.get(1, 1, 0)).isEqualTo(12f);
        assertThat(up.get(4, 4, 0)).isEqualTo(30f);
    }
}
