package mx.huella;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** The development face crops of ../shared/data as a camera would take them, for tests that need faces. */
public final class DevelopmentFaces {
    private DevelopmentFaces() {}

    /**
     * A 640x480 JPEG photo with the crop centred and enlarged so that the eyes are far enough apart for
     * enrollment: the detector wants context around a face, which the tight crops lack.
     */
    public static byte[] framed(BufferedImage crop) throws IOException {
        BufferedImage photo = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        var g = photo.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 640, 480);
        g.drawImage(crop, 170, 90, 300, 300, null);
        g.dispose();
        var jpeg = new ByteArrayOutputStream();
        ImageIO.write(photo, "jpeg", jpeg);
        return jpeg.toByteArray();
    }

    /** {@link #framed(BufferedImage)} of the crop in a file. */
    public static byte[] framed(Path crop) throws IOException {
        return framed(ImageIO.read(crop.toFile()));
    }
}
