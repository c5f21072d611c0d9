package mx.huella.engine.face.weights;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * One entry of a manifest's {@code weights} list: where a tensor's bytes are and how to turn them into floats.
 *
 * <p>Design note: decoding follows tfjs-core {@code io_utils.decodeWeight} (tfjs 4.22). A quantised value is
 * {@code q * scale + min} evaluated in double, because JavaScript numbers are doubles, and only then rounded to float
 * when TF.js stores it in a {@code Float32Array}; an int32 tensor rounds with {@code Math.round} instead. Doing the
 * arithmetic in float would differ in the last bit for some values and break bit-for-bit agreement with face-api.
 */
record TensorSpec(String name, int[] shape, int size, Storage storage, boolean integral, double scale, double min) {

    /** How one value is laid out in the {@code .bin}; all multi-byte values are little-endian. */
    enum Storage {
        FLOAT32(4),
        INT32(4),
        UINT8_QUANTIZED(1),
        UINT16_QUANTIZED(2);

        final int bytesPerValue;

        Storage(int bytesPerValue) {
            this.bytesPerValue = bytesPerValue;
        }
    }

    /** Java arrays cannot reach Integer.MAX_VALUE on common JVMs. */
    static final int MAX_SIZE = Integer.MAX_VALUE - 8;

    /** Reads one {@code {name, shape, dtype, quantization?}} entry; {@code where} locates it in error messages. */
    static TensorSpec parse(JsonValue.JsonObject json, String where) {
        String name = json.member("name").asString();
        String at = where + ", tensor '" + name + "'";
        int[] shape = shape(json.member("shape").asArray(), at);
        int size = size(shape, at);
        String dtype = json.member("dtype").asString();
        if (!dtype.equals("float32") && !dtype.equals("int32")) {
            throw new FaceWeightsException(at + ": unknown dtype '" + dtype + "' (float32 or int32 expected)");
        }
        boolean integral = dtype.equals("int32");
        if (!json.has("quantization") || json.member("quantization") instanceof JsonValue.JsonNull) {
            return new TensorSpec(name, shape, size, integral ? Storage.INT32 : Storage.FLOAT32, integral, 1, 0);
        }
        JsonValue.JsonObject quantization = json.member("quantization").asObject();
        String quantizedAs = quantization.member("dtype").asString();
        Storage storage = switch (quantizedAs) {
            case "uint8" -> Storage.UINT8_QUANTIZED;
            case "uint16" -> Storage.UINT16_QUANTIZED;
            default ->
                throw new FaceWeightsException(
                        at + ": unsupported quantization dtype '" + quantizedAs + "' (uint8 or uint16 expected)");
        };
        double scale = finite(quantization.member("scale").asNumber(), "scale", at);
        double min = finite(quantization.member("min").asNumber(), "min", at);
        return new TensorSpec(name, shape, size, storage, integral, scale, min);
    }

    private static int[] shape(List<JsonValue> dimensions, String at) {
        int[] shape = new int[dimensions.size()];
        for (int i = 0; i < shape.length; i++) {
            double dimension = dimensions.get(i).asNumber();
            if (dimension < 0 || dimension > Integer.MAX_VALUE || dimension != Math.rint(dimension)) {
                throw new FaceWeightsException(at + ": shape dimension " + dimension + " is not a non-negative int");
            }
            shape[i] = (int) dimension;
        }
        return shape;
    }

    private static int size(int[] shape, String at) {
        long size = 1;
        for (int dimension : shape) {
            size *= dimension;
            if (size > MAX_SIZE) {
                throw new FaceWeightsException(
                        at + ": shape " + Arrays.toString(shape) + " has more than " + MAX_SIZE + " values");
            }
        }
        return (int) size;
    }

    private static double finite(double value, String field, String at) {
        if (!Double.isFinite(value)) {
            throw new FaceWeightsException(at + ": quantization " + field + " is not finite");
        }
        return value;
    }

    long byteLength() {
        return (long) size * storage.bytesPerValue;
    }

    boolean isQuantized() {
        return storage == Storage.UINT8_QUANTIZED || storage == Storage.UINT16_QUANTIZED;
    }

    /** Reads {@link #byteLength()} bytes from the buffer's position, which must be little-endian. */
    float[] decode(ByteBuffer bytes) {
        float[] values = new float[size];
        switch (storage) {
            case FLOAT32 -> {
                for (int i = 0; i < size; i++) {
                    values[i] = bytes.getFloat();
                }
            }
            case INT32 -> {
                for (int i = 0; i < size; i++) {
                    values[i] = bytes.getInt();
                }
            }
            case UINT8_QUANTIZED -> {
                for (int i = 0; i < size; i++) {
                    values[i] = dequantize(bytes.get() & 0xFF);
                }
            }
            case UINT16_QUANTIZED -> {
                for (int i = 0; i < size; i++) {
                    values[i] = dequantize(bytes.getShort() & 0xFFFF);
                }
            }
        }
        return values;
    }

    private float dequantize(int q) {
        double value = q * scale + min;
        return integral ? (float) Math.round(value) : (float) value;
    }
}
