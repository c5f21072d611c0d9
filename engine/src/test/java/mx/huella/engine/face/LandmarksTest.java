package mx.huella.engine.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LandmarksTest {

    @Test
    void movesEveryPointByTheOffset() {
        double[] xy = new double[2 * Landmarks.COUNT];
        xy[0] = 1;
        xy[135] = 2;

        Landmarks moved = new Landmarks(xy).translated(10, 20);

        assertThat(moved.x(0)).isEqualTo(11);
        assertThat(moved.y(0)).isEqualTo(20);
        assertThat(moved.y(67)).isEqualTo(22);
    }

    @Test
    void rejectsAnythingButSixtyEightPoints() {
        assertThatThrownBy(() -> new Landmarks(new double[10])).isInstanceOf(IllegalArgumentException.class);
    }
}
