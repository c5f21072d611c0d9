package mx.huella.engine.face.weights;

import java.nio.FloatBuffer;
import java.util.Arrays;

/**
 * One named weight tensor, already dequantised to float32 exactly as TF.js does it. Values are in row-major order of
 * {@link #shape()}: conv filters are {@code [kh, kw, cin, cout]}, depthwise filters {@code [kh, kw, c, 1]}, fully
 * connected weights {@code [in, out]}.
 *
 * <p>Immutable and safe to share between threads. Accessors never expose the backing array: use {@link #values()}
 * for a read-only view without copying, or {@link #toArray()} once when a network is built.
 */
public final class Tensor {

    private final String name;
    private final int[] shape;
    private final float[] values;

    Tensor(String name, int[] shape, float[] values) {
        this.name = name;
        this.shape = shape.clone();
        this.values = values;
    }

    /** The manifest name, for example {@code conv32_down/conv/filters}. */
    public String name() {
        return name;
    }

    /** A copy of the dimensions, outermost first; empty for a scalar. */
    public int[] shape() {
        return shape.clone();
    }

    public int rank() {
        return shape.length;
    }

    /** The extent of one axis; throws {@link IndexOutOfBoundsException} for an axis outside {@code [0, rank)}. */
    public int dimension(int axis) {
        return shape[axis];
    }

    /** The number of values: the product of the shape, 1 for a scalar. */
    public int size() {
        return values.length;
    }

    /** One value by flat row-major index; throws {@link IndexOutOfBoundsException} outside {@code [0, size)}. */
    public float get(int index) {
        return values[index];
    }

    /** A read-only view of all values, positioned at 0; O(1), no copy. Each call returns an independent view. */
    public FloatBuffer values() {
        return FloatBuffer.wrap(values).asReadOnlyBuffer();
    }

    /** A fresh copy of all values; costs {@code 4 · size()} bytes. */
    public float[] toArray() {
        return values.clone();
    }

    @Override
    public String toString() {
        return name + Arrays.toString(shape);
    }
}
