package mx.huella.engine.face.nn;

/**
 * A fully connected layer without bias, TF.js {@code matMul(x, weights)} for one row: weights are {@code [in, out]}
 * row-major. Like the TF.js cpu kernel, partial sums run in double over blocks of 48 inputs and are added to a
 * float32 result block by block, which keeps results bit-identical to face-api's. Immutable and thread-safe; cost
 * {@code in · out} multiply-adds.
 */
public final class Dense {

    private static final int TFJS_BLOCK = 48;

    private final int inputs;
    private final int outputs;
    private final float[] weights;

    /** {@code weights} has {@code inputs · outputs} values, row-major {@code [in, out]}; copied. */
    public Dense(int inputs, int outputs, float[] weights) {
        if (weights.length != inputs * outputs) {
            throw new IllegalArgumentException("expected " + inputs * outputs + " weights, got " + weights.length);
        }
        this.inputs = inputs;
        this.outputs = outputs;
        this.weights = weights.clone();
    }

    /** The product of the row vector {@code x} (length {@code in}) and the weights: a new array of {@code out}. */
    public float[] apply(float[] x) {
        if (x.length != inputs) {
            throw new IllegalArgumentException("expected " + inputs + " inputs, got " + x.length);
        }
        float[] y = new float[outputs];
        for (int from = 0; from < inputs; from += TFJS_BLOCK) {
            int to = Math.min(inputs, from + TFJS_BLOCK);
            for (int j = 0; j < outputs; j++) {
                double partial = 0;
                for (int k = from; k < to; k++) {
                    partial += x[k] * (double) weights[k * outputs + j];
                }
                y[j] = (float) (y[j] + partial);
            }
        }
        return y;
    }
}
