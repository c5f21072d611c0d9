package mx.huella.engine.face;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import mx.huella.engine.face.FacePhotoException.Reason;

/**
 * Decodes face photos from outside the system (uploads, the browser camera, kiosks) into upright RGB
 * images: PNG or JPEG, recognised by their leading bytes, JPEG turned as its EXIF orientation says,
 * greyscale replicated into the three channels.
 *
 * <p>Hostile input is expected: the file size and the dimensions the header declares are bounded
 * before any pixel is decoded, and every failure is a {@link FacePhotoException} with a reason;
 * codec exceptions are never passed through (their messages can echo the file). Thread-safe.
 */
public final class FacePhotoDecoder {
    /** Largest accepted file: 20 MiB, more than any phone photo. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    /** Largest accepted image: 40 million pixels (8000 x 5000). */
    public static final long MAX_PIXELS = 40_000_000L;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    /**
     * The photo, upright.
     *
     * @throws FacePhotoException when it is empty, too large, not PNG or JPEG, or cannot be decoded
     */
    public RgbImage decode(byte[] data) {
        Objects.requireNonNull(data, "data");
        if (data.length == 0) {
            throw new FacePhotoException(Reason.EMPTY, "the photo is empty");
        }
        if (data.length > MAX_BYTES) {
            throw new FacePhotoException(
                    Reason.TOO_LARGE, "the photo has " + data.length + " bytes, more than the limit of " + MAX_BYTES);
        }
        boolean jpeg = startsWith(data, JPEG);
        if (!jpeg && !startsWith(data, PNG)) {
            throw new FacePhotoException(Reason.UNKNOWN_FORMAT, "the photo is neither PNG nor JPEG");
        }
        String format = jpeg ? "JPEG" : "PNG";
        RgbImage stored = toRgb(read(data, format));
        return jpeg ? ExifOrientation.upright(stored, ExifOrientation.of(data)) : stored;
    }

    private static BufferedImage read(byte[] data, String format) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (!readers.hasNext()) {
                throw new FacePhotoException(Reason.CORRUPT, "no " + format + " decoder available");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width < 1 || height < 1 || width * height > MAX_PIXELS) {
                    throw new FacePhotoException(
                            Reason.TOO_MANY_PIXELS,
                            "the " + format + " header declares " + width + " x " + height + " pixels; the limit is "
                                    + MAX_PIXELS + " pixels");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                BufferedImage image = reader.read(0, param);
                if (image == null) {
                    throw new FacePhotoException(Reason.CORRUPT, "the " + format + " photo holds no image");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (FacePhotoException e) {
            throw e;
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            // Codec failures of every kind (including ones the JDK's decoders throw as runtime exceptions)
            // mean a broken file; their messages are not passed on.
            throw new FacePhotoException(Reason.CORRUPT, "the " + format + " photo is damaged or truncated");
        }
    }

    /** RGB samples; grey is replicated, since a colour conversion would change its values. */
    static RgbImage toRgb(BufferedImage decoded) {
        int w = decoded.getWidth();
        int h = decoded.getHeight();
        byte[] rgb = new byte[w * h * 3];
        Raster raster = decoded.getRaster();
        boolean grey = decoded.getColorModel().getNumColorComponents() == 1
                && decoded.getType() != BufferedImage.TYPE_BYTE_INDEXED
                && raster.getSampleModel().getSampleSize(0) == 8;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = (y * w + x) * 3;
                if (grey) {
                    byte value = (byte) raster.getSample(x, y, 0);
                    rgb[i] = value;
                    rgb[i + 1] = value;
                    rgb[i + 2] = value;
                } else {
                    int argb = decoded.getRGB(x, y);
                    rgb[i] = (byte) (argb >> 16);
                    rgb[i + 1] = (byte) (argb >> 8);
                    rgb[i + 2] = (byte) argb;
                }
            }
        }
        return new RgbImage(w, h, rgb);
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
