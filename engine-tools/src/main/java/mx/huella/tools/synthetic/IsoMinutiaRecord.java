package mx.huella.tools.synthetic;

import java.nio.ByteBuffer;
import mx.huella.engine.fingerprint.FingerPosition;

/**
 * Writes a minutiae template as an ISO/IEC 19794-2:2005 finger minutiae record with one finger view.
 *
 * <p>Design note. Byte layout of ISO/IEC 19794-2:2005, all integers big-endian:
 *
 * <pre>
 * record header, 24 bytes:
 *   "FMR\0"  format identifier          " 20\0"  version
 *   4 bytes  total record length        2 bytes  capture equipment: 4 bits certification, 12 bits device type
 *   2 bytes  image width, pixels        2 bytes  image height, pixels
 *   2 bytes  horizontal resolution, pixels per centimetre, and 2 bytes vertical resolution
 *   1 byte   number of finger views     1 byte   reserved, 0
 * finger view header, 4 bytes:
 *   finger position; view number (high 4 bits) and impression type (low 4 bits, 0 = live-scan plain);
 *   finger quality 0-100; number of minutiae
 * each minutia, 6 bytes:
 *   2 bits type (01 ridge ending, 10 bifurcation) and 14 bits x; 2 bits reserved and 14 bits y;
 *   1 byte angle in units of 360/256 degrees, counter-clockwise from the x axis; 1 byte quality 0-100
 * extended data block length, 2 bytes: 0
 * </pre>
 *
 * <p>Coordinates are pixels from the top-left corner with y downwards, so a direction (dx, dy) in image coordinates
 * has the standard's counter-clockwise angle atan2(-dy, dx). SourceAFIS reads it back the same way (its codec takes
 * the complement of the standard's angle to get its own clockwise one). The length field is four bytes in ISO, which
 * is what tells it apart from ANSI INCITS 378-2004 with the same magic.
 */
final class IsoMinutiaRecord {
    /** 500 dpi in the standard's unit: 500 / 2.54, rounded. */
    static final int PIXELS_PER_CM = 197;

    static final int MAX_MINUTIAE = 255;
    private static final int HEADER_BYTES = 24;
    private static final int VIEW_HEADER_BYTES = 4;
    private static final int MINUTIA_BYTES = 6;
    private static final int EXTENSION_LENGTH_BYTES = 2;
    private static final byte[] MAGIC = {'F', 'M', 'R', 0, ' ', '2', '0', 0};

    private IsoMinutiaRecord() {}

    static byte[] encode(int width, int height, FingerPosition position, Minutia[] minutiae) {
        int count = Math.min(minutiae.length, MAX_MINUTIAE);
        int length = HEADER_BYTES + VIEW_HEADER_BYTES + count * MINUTIA_BYTES + EXTENSION_LENGTH_BYTES;
        ByteBuffer out = ByteBuffer.allocate(length);
        out.put(MAGIC).putInt(length).putShort((short) 0);
        out.putShort((short) width).putShort((short) height);
        out.putShort((short) PIXELS_PER_CM).putShort((short) PIXELS_PER_CM);
        out.put((byte) 1).put((byte) 0);
        out.put((byte) position.code())
                .put((byte) 0)
                .put((byte) quality(minutiae, count))
                .put((byte) count);
        for (int i = 0; i < count; i++) {
            Minutia m = minutiae[i];
            int x = (int) Math.max(0, Math.min(width - 1, Math.round(m.x())));
            int y = (int) Math.max(0, Math.min(height - 1, Math.round(m.y())));
            int type = m.bifurcation() ? 2 : 1;
            out.putShort((short) (type << 14 | x)).putShort((short) y);
            out.put((byte) Math.floorMod(Math.round(-m.direction() * 128 / Math.PI), 256))
                    .put((byte) m.quality());
        }
        out.putShort((short) 0);
        return out.array();
    }

    /** The finger quality: the mean minutia quality, as a stand-in for an image quality score. */
    private static int quality(Minutia[] minutiae, int count) {
        int sum = 0;
        for (int i = 0; i < count; i++) {
            sum += minutiae[i].quality();
        }
        return count == 0 ? 0 : sum / count;
    }
}
