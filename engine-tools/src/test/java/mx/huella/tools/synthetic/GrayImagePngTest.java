package mx.huella.tools.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import mx.huella.engine.fingerprint.GrayImage;
import org.junit.jupiter.api.Test;

class GrayImagePngTest {
    @Test
    void encodesEveryPixelLosslesslyAsEightBitGrey() throws IOException {
        byte[] pixels = new byte[7 * 5];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (i * 7);
        }

        BufferedImage decoded =
                ImageIO.read(new ByteArrayInputStream(GrayImagePng.encode(new GrayImage(7, 5, 500, pixels))));

        assertThat(decoded.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        byte[] read = new byte[pixels.length];
        decoded.getRaster().getDataElements(0, 0, 7, 5, read);
        assertThat(read).isEqualTo(pixels);
    }
}
