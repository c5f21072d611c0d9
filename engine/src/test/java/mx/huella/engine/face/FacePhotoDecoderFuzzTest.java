package mx.huella.engine.face;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz targets for face photos from outside: whatever the bytes, the decoder returns an upright image
 * within the pixel limit or throws {@link FacePhotoException}, and reading the EXIF orientation never
 * fails. Under {@code mvn test} they replay the seed corpus (regression mode); docs/fuzzing.md
 * describes a campaign.
 */
@Timeout(10)
class FacePhotoDecoderFuzzTest {
    private static final FacePhotoDecoder DECODER = new FacePhotoDecoder();
    private static final byte[] JPEG_SOI = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    @FuzzTest
    void anyBytesDecodeOrFailWithAReason(byte[] data) {
        decodeOrExplain(data);
    }

    @FuzzTest
    void jpegBytesDecodeOrFailWithAReasonAndAlwaysHaveAnOrientation(byte[] data) {
        byte[] jpeg = data.length >= 3 && Arrays.equals(data, 0, 3, JPEG_SOI, 0, 3) ? data : prefixed(data);
        assertThat(ExifOrientation.of(jpeg)).isBetween(1, 8);
        decodeOrExplain(jpeg);
    }

    /** Seeds are only useful if they reach the success paths, so each must still decode. */
    @Test
    void everySeedInTheCorpusDecodes() throws IOException, URISyntaxException {
        Path corpus = Path.of(
                getClass().getResource(getClass().getSimpleName() + "Inputs").toURI());
        List<Path> seeds;
        try (var files = Files.walk(corpus)) {
            seeds = files.filter(Files::isRegularFile).toList();
        }
        assertThat(seeds).hasSizeGreaterThanOrEqualTo(3);
        for (Path seed : seeds) {
            assertThat(DECODER.decode(Files.readAllBytes(seed)).width())
                    .as(seed.toString())
                    .isPositive();
        }
    }

    private static void decodeOrExplain(byte[] data) {
        try {
            RgbImage image = DECODER.decode(data);
            assertThat((long) image.width() * image.height()).isLessThanOrEqualTo(FacePhotoDecoder.MAX_PIXELS);
        } catch (FacePhotoException e) {
            assertThat(e.reason()).isNotNull();
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    private static byte[] prefixed(byte[] data) {
        byte[] out = Arrays.copyOf(JPEG_SOI, JPEG_SOI.length + data.length);
        System.arraycopy(data, 0, out, JPEG_SOI.length, data.length);
        return out;
    }
}
