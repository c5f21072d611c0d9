package mx.huella.engine.fingerprint.decode;

import mx.huella.engine.fingerprint.decode.FingerprintDecodeException.Reason;
import org.jnbis.api.Jnbis;
import org.jnbis.api.model.Bitmap;

/**
 * Decodes WSQ with JNBIS after {@link WsqHeader} has bounded it. JNBIS does not report the NISTCOM resolution (its
 * bitmap's ppi is always -1), so the resolution comes from the header walk.
 */
final class WsqImageDecoder {
    private WsqImageDecoder() {}

    static GrayPixels decode(byte[] data, DecodeLimits limits) {
        ImageHeader header = WsqHeader.read(data, limits);
        Bitmap bitmap;
        try {
            bitmap = Jnbis.wsq().decode(data).asBitmap();
        } catch (RuntimeException | StackOverflowError e) {
            throw new FingerprintDecodeException(
                    Reason.CORRUPT,
                    "WSQ data rejected by the JNBIS decoder (" + e.getClass().getSimpleName() + ")");
        }
        byte[] pixels = bitmap.getPixels();
        if (bitmap.getWidth() != header.width()
                || bitmap.getHeight() != header.height()
                || pixels == null
                || pixels.length != header.width() * header.height()) {
            throw new FingerprintDecodeException(Reason.CORRUPT, "WSQ decoder output disagrees with the frame header");
        }
        return new GrayPixels(header.width(), header.height(), pixels, header.dpi());
    }
}
