package mx.huella.engine.fingerprint.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.awt.Color;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import mx.huella.engine.fingerprint.FingerPosition;
import mx.huella.engine.fingerprint.decode.FingerprintDecodeException.Reason;
import org.junit.jupiter.api.Test;

class FingerprintDecoderTest {
    private static final int W = 120;
    private static final int H = 100;
    private static final byte[] RIDGES = SyntheticPrints.ridges(W, H);
    /** The FVC 2002 sample in the optional development data beside the project, relative to the engine module. */
    private static final List<Path> FVC_SAMPLE =
            List.of(Path.of("../../shared/data/fingerprints/fvc2002/DB1_B/101_1.tif"));

    private final FingerprintDecoder decoder = new FingerprintDecoder();

    @Test
    void decodesGreyPngExactlyWithItsResolution() {
        var result = decodeOne(ImageFiles.png(SyntheticPrints.gray(W, H), OptionalDouble.of(500)));

        assertThat(result.format()).isEqualTo(ImageFormat.PNG);
        assertThat(result.position()).isEqualTo(FingerPosition.UNKNOWN);
        assertThat(result.image().width()).isEqualTo(W);
        assertThat(result.image().height()).isEqualTo(H);
        assertThat(result.image().pixels()).isEqualTo(RIDGES);
        assertThat(result.image().dpi()).isEqualTo(500.0);
        assertThat(result.resolutionFromFile()).isTrue();
    }

    @Test
    void usesTheDefaultResolutionWhenThePngStatesNone() {
        byte[] png = ImageFiles.png(SyntheticPrints.gray(W, H), OptionalDouble.empty());

        var result = decoder.decode(png, 1000).get(0);

        assertThat(result.image().dpi()).isEqualTo(1000.0);
        assertThat(result.resolutionFromFile()).isFalse();
    }

    @Test
    void treatsAnEditorPlaceholderResolutionAsAbsent() {
        var result = decodeOne(ImageFiles.png(SyntheticPrints.gray(W, H), OptionalDouble.of(72)));

        assertThat(result.image().dpi()).isEqualTo(500.0);
        assertThat(result.resolutionFromFile()).isFalse();
    }

    @Test
    void reducesSixteenBitGreyToEightBits() {
        var result = decodeOne(ImageFiles.png(SyntheticPrints.gray16(W, H), OptionalDouble.of(1000)));

        assertThat(result.image().pixels()).isEqualTo(RIDGES);
        assertThat(result.image().dpi()).isEqualTo(1000.0);
    }

    @Test
    void reducesColourToItsLuminance() {
        var colour = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < RIDGES.length; i++) {
            int v = RIDGES[i] & 0xff;
            colour.setRGB(i % W, i / W, new Color(v, v * 3 / 4, v / 2).getRGB());
        }

        var result = decodeOne(ImageFiles.png(colour, OptionalDouble.empty()));

        for (int i = 0; i < RIDGES.length; i++) {
            int v = RIDGES[i] & 0xff;
            long expected = Math.round(0.299 * v + 0.587 * (v * 3 / 4) + 0.114 * (v / 2));
            assertThat(result.image().at(i % W, i / W)).isEqualTo((int) expected);
        }
    }

    @Test
    void readsPaletteImagesThroughTheirPalette() {
        byte[] inverse = new byte[256];
        for (int i = 0; i < 256; i++) {
            inverse[i] = (byte) (255 - i);
        }
        var palette = new IndexColorModel(8, 256, inverse, inverse, inverse);
        var indexed = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_INDEXED, palette);
        for (int i = 0; i < RIDGES.length; i++) {
            indexed.getRaster().setSample(i % W, i / W, 0, 255 - (RIDGES[i] & 0xff));
        }

        assertThat(decodeOne(ImageFiles.png(indexed, OptionalDouble.empty()))
                        .image()
                        .pixels())
                .isEqualTo(RIDGES);
        assertThat(decodeOne(ImageFiles.bmp(indexed, 0)).image().pixels()).isEqualTo(RIDGES);
    }

    @Test
    void flattensTransparencyOnWhite() {
        var model = new ComponentColorModel(
                ColorSpace.getInstance(ColorSpace.CS_GRAY),
                new int[] {8, 8},
                true,
                false,
                Transparency.TRANSLUCENT,
                DataBuffer.TYPE_BYTE);
        var greyAlpha = new BufferedImage(model, model.createCompatibleWritableRaster(2, 1), false, null);
        greyAlpha.getRaster().setPixel(0, 0, new int[] {0, 255});
        greyAlpha.getRaster().setPixel(1, 0, new int[] {0, 0});
        var argb = new BufferedImage(2, 1, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(0, 0, 0x80000000);
        argb.setRGB(1, 0, 0xff000000);

        assertThat(decodeOne(ImageFiles.png(greyAlpha, OptionalDouble.empty()))
                        .image()
                        .pixels())
                .containsExactly(0, (byte) 255);
        assertThat(decodeOne(ImageFiles.png(argb, OptionalDouble.empty()))
                        .image()
                        .pixels())
                .containsExactly((byte) 127, 0);
    }

    @Test
    void decodesJpegWithItsJfifDensity() {
        var perInch = decodeOne(ImageFiles.jpeg(SyntheticPrints.gray(W, H), 1, 500));
        var perCentimetre = decodeOne(ImageFiles.jpeg(SyntheticPrints.colour(W, H), 2, 197));
        var aspectOnly = decodeOne(ImageFiles.jpeg(SyntheticPrints.gray(W, H), 0, 1));

        assertThat(perInch.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(meanAbsoluteError(perInch.image().pixels())).isLessThan(3);
        assertThat(meanAbsoluteError(perCentimetre.image().pixels())).isLessThan(3);
        assertThat(perInch.image().dpi()).isEqualTo(500.0);
        assertThat(perCentimetre.image().dpi()).isEqualTo(500.38);
        assertThat(aspectOnly.resolutionFromFile()).isFalse();
    }

    @Test
    void decodesBmpWithItsPixelsPerMetre() {
        var withResolution = decodeOne(ImageFiles.bmp(SyntheticPrints.colour(W, H), 19685));
        var without = decodeOne(ImageFiles.bmp(SyntheticPrints.colour(W, H), 0));

        assertThat(withResolution.format()).isEqualTo(ImageFormat.BMP);
        assertThat(withResolution.image().pixels()).isEqualTo(RIDGES);
        assertThat(withResolution.image().dpi()).isEqualTo(500.0);
        assertThat(withResolution.resolutionFromFile()).isTrue();
        assertThat(without.resolutionFromFile()).isFalse();
    }

    @Test
    void decodesTiffUncompressedAndCompressedWithItsResolution() {
        for (String compression : new String[] {null, "LZW", "Deflate", "PackBits"}) {
            var result = decodeOne(ImageFiles.tiff(SyntheticPrints.gray(W, H), OptionalDouble.of(1000), compression));

            assertThat(result.format()).isEqualTo(ImageFormat.TIFF);
            assertThat(result.image().pixels()).as(compression).isEqualTo(RIDGES);
            assertThat(result.image().dpi()).as(compression).isEqualTo(1000.0);
        }
        var sixteenBit = decodeOne(ImageFiles.tiff(SyntheticPrints.gray16(W, H), OptionalDouble.empty(), null));
        assertThat(sixteenBit.image().pixels()).isEqualTo(RIDGES);
        assertThat(sixteenBit.resolutionFromFile()).isFalse();
    }

    @Test
    void decodesWsqWithTheResolutionOfItsNistComment() {
        int width = 200;
        int height = 240;
        byte[] ridges = SyntheticPrints.ridges(width, height);

        var result = decodeOne(WsqTestEncoder.encode(ridges, width, height, 0.25, OptionalInt.of(1000)));
        var withoutComment = decodeOne(WsqTestEncoder.encode(ridges, width, height, 0.25, OptionalInt.empty()));

        assertThat(result.format()).isEqualTo(ImageFormat.WSQ);
        assertThat(result.image().width()).isEqualTo(width);
        assertThat(result.image().height()).isEqualTo(height);
        assertThat(result.image().dpi()).isEqualTo(1000.0);
        assertThat(result.resolutionFromFile()).isTrue();
        assertThat(withoutComment.resolutionFromFile()).isFalse();
        assertThat(meanAbsoluteError(ridges, result.image().pixels())).isLessThan(0.5);
    }

    @Test
    void refusesMultiPageTiffRatherThanDroppingPages() {
        byte[] twoPages = ImageFiles.multiPageTiff(List.of(SyntheticPrints.gray(W, H), SyntheticPrints.gray(W, H)));

        assertThatThrownBy(() -> decoder.decode(twoPages))
                .isInstanceOfSatisfying(
                        FingerprintDecodeException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED))
                .hasMessageContaining("more than one page");
    }

    @Test
    void rejectsAnImplausibleDefaultResolutionAsAProgrammingError() {
        byte[] png = ImageFiles.png(SyntheticPrints.gray(W, H), OptionalDouble.empty());

        assertThatThrownBy(() -> decoder.decode(png, 72)).isExactlyInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decodesTheFvcSampleWhenTheSharedDataIsPresent() throws IOException {
        Path sample =
                FVC_SAMPLE.stream().filter(Files::isRegularFile).findFirst().orElse(null);
        assumeThat(sample)
                .as("FVC 2002 sample not found at " + FVC_SAMPLE + "; skipping")
                .isNotNull();

        var result = decodeOne(Files.readAllBytes(sample));

        assertThat(result.format()).isEqualTo(ImageFormat.TIFF);
        assertThat(result.image().width()).isEqualTo(388);
        assertThat(result.image().height()).isEqualTo(374);
        assertThat(result.image().dpi()).isEqualTo(500.0);
    }

    private DecodedFingerprint decodeOne(byte[] data) {
        List<DecodedFingerprint> results = decoder.decode(data);
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    private static double meanAbsoluteError(byte[] decoded) {
        return meanAbsoluteError(RIDGES, decoded);
    }

    static double meanAbsoluteError(byte[] expected, byte[] actual) {
        assertThat(actual).hasSameSizeAs(expected);
        long sum = 0;
        for (int i = 0; i < expected.length; i++) {
            sum += Math.abs((expected[i] & 0xff) - (actual[i] & 0xff));
        }
        return (double) sum / expected.length;
    }
}
