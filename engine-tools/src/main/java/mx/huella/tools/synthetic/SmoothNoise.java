package mx.huella.tools.synthetic;

/**
 * A smooth random field in [-1, 1]: value noise on a square lattice with smoothstep interpolation (Perlin, "An image
 * synthesizer", SIGGRAPH 1985, in its simplest lattice form). Used wherever the generator needs a quantity that varies
 * slowly and randomly over the finger: ridge period, flow, skin dryness, pressure, shading. Immutable and thread-safe.
 */
final class SmoothNoise {
    private final double cell;
    private final int columns;
    private final int rows;
    private final float[] values;

    /**
     * @param cell lattice spacing in pixels: the distance over which the field decorrelates
     */
    SmoothNoise(SeededRandom random, int width, int height, double cell) {
        this.cell = cell;
        this.columns = (int) Math.ceil(width / cell) + 2;
        this.rows = (int) Math.ceil(height / cell) + 2;
        this.values = new float[columns * rows];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.symmetric(1);
        }
    }

    /** The field at pixel coordinates; points off the lattice take the value of its nearest edge. */
    double at(double x, double y) {
        double gx = clamp(x / cell, columns - 1.001);
        double gy = clamp(y / cell, rows - 1.001);
        int ix = (int) gx;
        int iy = (int) gy;
        double fx = smoothstep(gx - ix);
        double fy = smoothstep(gy - iy);
        int i = iy * columns + ix;
        double top = values[i] + fx * (values[i + 1] - values[i]);
        double bottom = values[i + columns] + fx * (values[i + columns + 1] - values[i + columns]);
        return top + fy * (bottom - top);
    }

    private static double clamp(double v, double max) {
        return v < 0 ? 0 : Math.min(v, max);
    }

    private static double smoothstep(double t) {
        return t * t * (3 - 2 * t);
    }
}
