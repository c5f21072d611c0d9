package mx.huella.engine.face.nn;

/**
 * face-api's {@code leaky} of the tiny YOLOv2 nets, as its three TF.js ops compute it: {@code m = 0.1·x},
 * {@code y = relu(x − m) + m}, each rounded to float32. That equals {@code x} for {@code x ≥ 0} and about
 * {@code 0.1·x} below, but not always bit for bit, hence the literal op sequence. Stateless and thread-safe.
 */
public final class LeakyRelu {

    /** The slope for negative inputs, float32 {@code 0.1} as TF.js's scalar holds it. */
    public static final float ALPHA = 0.1f;

    private LeakyRelu() {}

    /** Applies the activation to every value of {@code map} in place and returns it. */
    public static FeatureMap applyInPlace(FeatureMap map) {
        float[] data = map.data();
        for (int i = 0; i < data.length; i++) {
            float m = ALPHA * data[i];
            data[i] = Math.max(data[i] - m, 0f) + m;
        }
        return map;
    }
}
