package mx.huella.engine.fingerprint;

import java.util.Arrays;
import java.util.Optional;

/**
 * Finger positions with their codes as ISO/IEC 19794-2, ANSI INCITS 378 and ANSI/NIST-ITL 1-2011
 * (field FGP) number them. Codes 13 to 15 are the plain (slap) impressions of Type-14 records.
 */
public enum FingerPosition {
    UNKNOWN(0),
    RIGHT_THUMB(1),
    RIGHT_INDEX(2),
    RIGHT_MIDDLE(3),
    RIGHT_RING(4),
    RIGHT_LITTLE(5),
    LEFT_THUMB(6),
    LEFT_INDEX(7),
    LEFT_MIDDLE(8),
    LEFT_RING(9),
    LEFT_LITTLE(10),
    PLAIN_RIGHT_FOUR(13),
    PLAIN_LEFT_FOUR(14),
    PLAIN_THUMBS(15);

    private final int code;

    FingerPosition(int code) {
        this.code = code;
    }

    /** The ten single fingers in the standard's order, right thumb (1) to left little finger (10). */
    public static final java.util.List<FingerPosition> TEN_PRINT = java.util.List.of(
            RIGHT_THUMB,
            RIGHT_INDEX,
            RIGHT_MIDDLE,
            RIGHT_RING,
            RIGHT_LITTLE,
            LEFT_THUMB,
            LEFT_INDEX,
            LEFT_MIDDLE,
            LEFT_RING,
            LEFT_LITTLE);

    /** The standard's numeric code. */
    public int code() {
        return code;
    }

    /** Whether this is one finger (1 to 10), as enrollment stores them. */
    public boolean isSingleFinger() {
        return code >= 1 && code <= 10;
    }

    public static Optional<FingerPosition> fromCode(int code) {
        return Arrays.stream(values()).filter(p -> p.code == code).findFirst();
    }
}
