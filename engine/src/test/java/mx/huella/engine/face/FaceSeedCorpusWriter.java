package mx.huella.engine.face;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Writes the seed corpus of {@link FacePhotoDecoderFuzzTest} into the test resources: small valid
 * photos that reach the decoder's success paths. Run by hand when the seeds must change.
 */
final class FaceSeedCorpusWriter {
    private FaceSeedCorpusWriter() {}

    public static void main(String[] args) throws IOException {
        Path base = Path.of(
                args.length > 0 ? args[0] : "src/test/resources/mx/huella/engine/face/FacePhotoDecoderFuzzTestInputs");
        Path any = Files.createDirectories(base.resolve("anyBytesDecodeOrFailWithAReason"));
        Path jpeg = Files.createDirectories(base.resolve("jpegBytesDecodeOrFailWithAReasonAndAlwaysHaveAnOrientation"));
        BufferedImage small = FacePhotoDecoderTest.halves(12, 8);
        var png = new ByteArrayOutputStream();
        ImageIO.write(small, "png", png);
        Files.write(any.resolve("halves.png"), png.toByteArray());
        byte[] plain = FacePhotoDecoderTest.jpeg(small);
        Files.write(any.resolve("halves.jpg"), plain);
        Files.write(jpeg.resolve("exif-le-6.jpg"), FacePhotoDecoderTest.withExifOrientation(plain, 6, true));
        Files.write(jpeg.resolve("exif-be-3.jpg"), FacePhotoDecoderTest.withExifOrientation(plain, 3, false));
    }
}
