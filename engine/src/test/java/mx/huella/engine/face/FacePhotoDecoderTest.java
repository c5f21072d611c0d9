package mx.huella.engine.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FacePhotoDecoderTest {
    private final FacePhotoDecoder decoder = new FacePhotoDecoder();

    @Test
    void turnsAJpegUprightAsItsExifOrientationSays() throws IOException {
        // 80 x 40, left half red, right half blue: turned 90 degrees clockwise (orientation 6) it is
        // 40 x 80 with red on top.
        byte[] jpeg = withExifOrientation(jpeg(halves(80, 40)), 6, true);

        RgbImage upright = decoder.decode(jpeg);

        assertThat(upright.width()).isEqualTo(40);
        assertThat(upright.height()).isEqualTo(80);
        assertThat(upright.sample(20, 10, 0)).isGreaterThan(200);
        assertThat(upright.sample(20, 70, 2)).isGreaterThan(200);
    }

    @Test
    void readsBigEndianExifAndIgnoresAnOrientationOutOfRange() throws IOException {
        byte[] plain = jpeg(halves(80, 40));

        assertThat(ExifOrientation.of(withExifOrientation(plain, 8, false))).isEqualTo(8);
        assertThat(ExifOrientation.of(withExifOrientation(plain, 9, true))).isEqualTo(1);
        assertThat(ExifOrientation.of(plain)).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyOrientationIsUndoneByItsInverseTurn(int orientation) {
        RgbImage image = gradient(7, 5);
        // Orientations 6 and 8 are each other's inverse; the others are their own.
        int inverse = orientation == 6 ? 8 : orientation == 8 ? 6 : orientation;

        RgbImage back = ExifOrientation.upright(ExifOrientation.upright(image, orientation), inverse);

        assertThat(back).isEqualTo(image);
    }

    @Test
    void decodesPngAsStoredAndGreyIntoThreeEqualChannels() throws IOException {
        BufferedImage grey = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSample(1, 1, 0, 77);
        var out = new ByteArrayOutputStream();
        ImageIO.write(grey, "png", out);

        RgbImage image = decoder.decode(out.toByteArray());

        assertThat(image.width()).isEqualTo(3);
        assertThat(new int[] {image.sample(1, 1, 0), image.sample(1, 1, 1), image.sample(1, 1, 2)})
                .containsOnly(77);
    }

    @Test
    void refusesEmptyOversizedUnknownTruncatedAndOverlargeImagesWithTheirReasons() throws IOException {
        byte[] jpeg = jpeg(halves(64, 64));

        assertReason(new byte[0], FacePhotoException.Reason.EMPTY);
        assertReason(new byte[FacePhotoDecoder.MAX_BYTES + 1], FacePhotoException.Reason.TOO_LARGE);
        assertReason("GIF89a....".getBytes(), FacePhotoException.Reason.UNKNOWN_FORMAT);
        assertReason(Arrays.copyOf(jpeg, 40), FacePhotoException.Reason.CORRUPT);
        assertReason(pngDeclaring(100_000, 100_000), FacePhotoException.Reason.TOO_MANY_PIXELS);
    }

    private void assertReason(byte[] data, FacePhotoException.Reason reason) {
        assertThatThrownBy(() -> decoder.decode(data))
                .isInstanceOfSatisfying(
                        FacePhotoException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    static BufferedImage halves(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, x < w / 2 ? 0xff0000 : 0x0000ff);
            }
        }
        return image;
    }

    private static RgbImage gradient(int w, int h) {
        byte[] rgb = new byte[w * h * 3];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = (byte) (i * 7);
        }
        return new RgbImage(w, h, rgb);
    }

    static byte[] jpeg(BufferedImage image) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /** The JPEG with an APP1 Exif segment holding only an orientation, right after its start marker. */
    static byte[] withExifOrientation(byte[] jpeg, int orientation, boolean littleEndian) {
        ByteOrder order = littleEndian ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4).order(order);
        tiff.put((byte) (littleEndian ? 'I' : 'M')).put((byte) (littleEndian ? 'I' : 'M'));
        tiff.putShort((short) 42).putInt(8);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0);
        tiff.putInt(0);
        byte[] payload = tiff.array();
        int length = 2 + 6 + payload.length;
        var out = new ByteArrayOutputStream();
        out.write(0xff);
        out.write(0xd8);
        out.write(0xff);
        out.write(0xe1);
        out.write(length >> 8);
        out.write(length & 0xff);
        out.writeBytes(new byte[] {'E', 'x', 'i', 'f', 0, 0});
        out.writeBytes(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A PNG signature and IHDR declaring the given size, with no image data. */
    private static byte[] pngDeclaring(int width, int height) {
        ByteBuffer png = ByteBuffer.allocate(8 + 25);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        png.putInt(13).put(new byte[] {'I', 'H', 'D', 'R'}).putInt(width).putInt(height);
        png.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        var crc = new java.util.zip.CRC32();
        crc.update(png.array(), 12, 17);
        png.putInt((int) crc.getValue());
        return png.array();
    }
}
