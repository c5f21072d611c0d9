package mx.huella.engine.fingerprint.decode;

import java.util.Objects;

/**
 * Why a fingerprint file could not be decoded. The message is English, names the format and the limit or structure
 * that failed, and never quotes the file's content, so it can be shown to the operator who uploaded it.
 *
 * <p>It extends {@link IllegalArgumentException} because the input, not the decoder, is at fault. Third-party decoder
 * exceptions are never attached as causes: their messages may echo header fields of the file.
 */
public final class FingerprintDecodeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The kind of failure, for callers that react differently (reject, ask for another file, raise a limit). */
    public enum Reason {
        /** No bytes at all. */
        EMPTY,
        /** More bytes than {@link DecodeLimits#maxInputBytes()}. */
        TOO_LARGE,
        /** The header declares more pixels than {@link DecodeLimits#maxPixels()}. */
        TOO_MANY_PIXELS,
        /** The leading bytes match none of the supported formats. */
        UNKNOWN_FORMAT,
        /** The file ends before the structure its headers declare. */
        TRUNCATED,
        /** The structure is inconsistent or the codec rejected the data. */
        CORRUPT,
        /** Valid in its standard, but a variant this decoder does not read (a codec, a page count, a record type). */
        UNSUPPORTED,
        /** An ANSI/NIST-ITL transaction without Type-4 or Type-14 finger image records. */
        NO_FINGERPRINT,
        /** More finger images than {@link DecodeLimits#maxImpressions()}. */
        TOO_MANY_IMPRESSIONS,
        /** An ANSI/NIST-ITL record states a resolution that is missing, malformed or outside 100 to 2000 dpi. */
        INVALID_RESOLUTION
    }

    private final Reason reason;

    public FingerprintDecodeException(Reason reason, String message) {
        super(Objects.requireNonNull(message));
        this.reason = Objects.requireNonNull(reason);
    }

    public Reason reason() {
        return reason;
    }
}
