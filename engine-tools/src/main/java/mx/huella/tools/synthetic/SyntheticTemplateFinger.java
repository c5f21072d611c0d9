package mx.huella.tools.synthetic;

import java.util.Objects;
import mx.huella.engine.fingerprint.FingerPosition;

/**
 * One synthetic finger from {@link SyntheticTemplates}, able to produce any number of mated templates of itself.
 *
 * <p>Immutable and thread-safe.
 */
public final class SyntheticTemplateFinger {
    private final long key;
    private final MasterMinutiae master;
    private final int width;
    private final int height;

    SyntheticTemplateFinger(long key, MasterMinutiae master, int width, int height) {
        this.key = key;
        this.master = master;
        this.width = width;
        this.height = height;
    }

    /** Like {@link #impression(int, FingerPosition)} with the finger position unknown. */
    public byte[] impression(int index) {
        return impression(index, FingerPosition.UNKNOWN);
    }

    /**
     * Template number {@code index} of this finger: its minutiae as seen in one capture, rotated, shifted, distorted,
     * cropped to a partial contact area, with localisation errors, missed, confused and spurious minutiae. The same
     * index always gives the same bytes.
     *
     * <p>Costs about 10 microseconds.
     *
     * @param index 0 or more
     * @param position the finger position to record; one finger (codes 0 to 10), as ISO/IEC 19794-2 allows
     * @return an ISO/IEC 19794-2:2005 finger minutiae record with one view, 500 dpi
     * @throws IllegalArgumentException when the index is negative or the position is a multi-finger code
     */
    public byte[] impression(int index, FingerPosition position) {
        Objects.requireNonNull(position);
        if (index < 0) {
            throw new IllegalArgumentException("impression index must be 0 or more, got " + index);
        }
        if (position.code() > 10) {
            throw new IllegalArgumentException("ISO/IEC 19794-2 records one finger, not " + position);
        }
        SeededRandom random = new SeededRandom(SeededRandom.mix(key, index));
        Minutia[] minutiae = MatedMinutiae.draw(master, width, height, random);
        return IsoMinutiaRecord.encode(width, height, position, minutiae);
    }

    /** How many minutiae the finger has, 30 to 70; each impression reports some of them and some spurious ones. */
    public int minutiaCount() {
        return master.count();
    }

    /** The Henry class of the ridge flow the minutiae follow. */
    public PatternClass pattern() {
        return master.pattern();
    }
}
