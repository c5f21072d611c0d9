package mx.huella.engine.fingerprint.decode;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import mx.huella.engine.fingerprint.decode.FingerprintDecodeException.Reason;

/**
 * Decodes PNG, JPEG, BMP and TIFF with the JDK's ImageIO readers, after the container walk of each format has
 * bounded the file. The reader is opened with metadata ignored (resolution comes from the walk), so that compressed
 * text chunks are never inflated, and the reader's own header is checked against the pixel limit before the raster is
 * allocated.
 */
final class ImageIoDecoder {
    /** 16-bit RGBA; more per pixel would let a multi-sample TIFF multiply the memory that the pixel limit allows. */
    static final int MAX_BYTES_PER_PIXEL = 8;

    private ImageIoDecoder() {}

    static GrayPixels decode(byte[] data, ImageFormat format, DecodeLimits limits) {
        ImageHeader header = switch (format) {
            case PNG -> PngChunks.read(data, limits);
            case JPEG -> JpegSegments.read(data, limits);
            case BMP -> BmpHeader.read(data, limits);
            case TIFF -> TiffDirectory.read(data, limits);
            default -> throw new IllegalArgumentException("not an ImageIO format: " + format);
        };
        BufferedImage image = readPixels(data, format, header, limits);
        return new GrayPixels(image.getWidth(), image.getHeight(), GrayscaleConverter.toGray(image), header.dpi());
    }

    private static BufferedImage readPixels(byte[] data, ImageFormat format, ImageHeader header, DecodeLimits limits) {
        Iterator<ImageReader> readers =
                ImageIO.getImageReadersByFormatName(format.name().toLowerCase(Locale.ROOT));
        if (!readers.hasNext()) {
            throw new FingerprintDecodeException(Reason.UNSUPPORTED, "no " + format + " reader in this runtime");
        }
        ImageReader reader = readers.next();
        try (var stream = new ByteArrayImageInputStream(data)) {
            reader.setInput(stream, false, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            ImageHeader.requireSize(format, width, height, limits);
            if (width != header.width() || height != header.height()) {
                throw new FingerprintDecodeException(Reason.CORRUPT, format + " headers disagree on the image size");
            }
            requireBoundedSamples(reader.getImageTypes(0), format);
            return reader.read(0);
        } catch (FingerprintDecodeException e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw rejected(format, e);
        } finally {
            reader.dispose();
        }
    }

    private static void requireBoundedSamples(Iterator<ImageTypeSpecifier> types, ImageFormat format) {
        if (!types.hasNext()) {
            throw new FingerprintDecodeException(Reason.UNSUPPORTED, format + " pixel layout has no Java equivalent");
        }
        var sampleModel = types.next().getSampleModel();
        long bits = (long) sampleModel.getNumBands() * DataBuffer.getDataTypeSize(sampleModel.getDataType());
        if (bits > MAX_BYTES_PER_PIXEL * 8L) {
            throw new FingerprintDecodeException(
                    Reason.UNSUPPORTED,
                    format + " with " + sampleModel.getNumBands() + " samples per pixel needs more than "
                            + MAX_BYTES_PER_PIXEL + " bytes per pixel");
        }
    }

    /**
     * ImageIO reports unsupported variants (CMYK JPEG, unusual TIFF photometrics) only through the wording of its
     * messages, so that wording decides between UNSUPPORTED and CORRUPT. The message itself is not passed on.
     */
    private static FingerprintDecodeException rejected(ImageFormat format, Throwable error) {
        String message = String.valueOf(error.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("unsupported") || message.contains("not supported")) {
            return new FingerprintDecodeException(
                    Reason.UNSUPPORTED,
                    format + " variant not supported by the JDK reader ("
                            + error.getClass().getSimpleName() + ")");
        }
        return new FingerprintDecodeException(
                Reason.CORRUPT,
                format + " data rejected by the JDK reader (" + error.getClass().getSimpleName() + ")");
    }
}
