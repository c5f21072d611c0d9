package mx.huella.engine.face;

import java.util.Objects;

/**
 * Why a face photo could not be decoded. The message is English, names the limit or structure that
 * failed, and never quotes the file's content; it can be shown to whoever uploaded the photo.
 */
public final class FacePhotoException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The kind of failure. */
    public enum Reason {
        /** No bytes at all. */
        EMPTY,
        /** More bytes than {@link FacePhotoDecoder#MAX_BYTES}. */
        TOO_LARGE,
        /** Neither PNG nor JPEG. */
        UNKNOWN_FORMAT,
        /** The header declares more pixels than {@link FacePhotoDecoder#MAX_PIXELS}, or none. */
        TOO_MANY_PIXELS,
        /** The file is truncated or inconsistent, or the codec rejected it. */
        CORRUPT
    }

    private final Reason reason;

    public FacePhotoException(Reason reason, String message) {
        super(Objects.requireNonNull(message));
        this.reason = Objects.requireNonNull(reason);
    }

    public Reason reason() {
        return reason;
    }
}
