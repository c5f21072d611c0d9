package mx.huella.engine.face.weights;

/**
 * Face-model weights could not be read: a file is missing or unreadable, a manifest is malformed or uses an encoding
 * this reader does not know, or a {@code .bin} shard does not hold exactly the bytes its manifest describes. The
 * message names the file and, where one is involved, the tensor and the rule that failed. Unchecked because on the
 * class path it means a broken build, which no caller can repair.
 */
public final class FaceWeightsException extends RuntimeException {

    FaceWeightsException(String message) {
        super(message);
    }

    FaceWeightsException(String message, Throwable cause) {
        super(message, cause);
    }
}
