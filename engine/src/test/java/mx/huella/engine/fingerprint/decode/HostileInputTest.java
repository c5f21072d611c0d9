package mx.huella.engine.fingerprint.decode;

import static mx.huella.engine.fingerprint.decode.AnsiNistDecodingTest.assertReason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import mx.huella.engine.fingerprint.decode.FingerprintDecodeException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every hostile file fails fast, with its typed reason and a message that quotes none of its bytes. */
class HostileInputTest {
    private static final Duration QUICKLY = Duration.ofSeconds(5);

    private final FingerprintDecoder decoder = new FingerprintDecoder();

    @Test
    void refusesAnEmptyFile() {
        expect(new byte[0], Reason.EMPTY);
    }

    @Test
    void refusesAFileOverTheSizeLimit() {
        var small = new FingerprintDecoder(new DecodeLimits(1024, 4_000_000, 40, 500));

        assertTimeoutPreemptively(
                QUICKLY, () -> assertReason(() -> small.decode(HostileFiles.png()), Reason.TOO_LARGE));
        expect(new byte[16 * 1024 * 1024 + 1], Reason.TOO_LARGE);
    }

    @Test
    void refusesRandomBytesTextAndPdfAsUnknownFormats() {
        var random = new Random(2024);
        for (int length : new int[] {1, 2, 7, 100, 4096, 1 << 20}) {
            byte[] noise = new byte[length];
            random.nextBytes(noise);
            noise[0] = 0;
            expect(noise, Reason.UNKNOWN_FORMAT);
        }
        expect(
                "Estimado operador: adjunto las huellas solicitadas.\n".getBytes(StandardCharsets.UTF_8),
                Reason.UNKNOWN_FORMAT);
        expect(
                "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
                        .getBytes(StandardCharsets.ISO_8859_1),
                Reason.UNKNOWN_FORMAT);
    }

    static Stream<Arguments> validFiles() {
        Map<ImageFormat, Supplier<byte[]>> files = Map.of(
                ImageFormat.PNG,
                HostileFiles::png,
                ImageFormat.JPEG,
                HostileFiles::jpeg,
                ImageFormat.BMP,
                HostileFiles::bmp,
                ImageFormat.TIFF,
                HostileFiles::tiff,
                ImageFormat.WSQ,
                HostileFiles::wsq,
                ImageFormat.ANSI_NIST,
                HostileFiles::ansiNist);
        return files.entrySet().stream()
                .map(e -> Arguments.of(e.getKey(), e.getValue().get()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFiles")
    void refusesEveryProperPrefixOfAValidFileAsTruncated(ImageFormat format, byte[] file) {
        assertThat(decoder.decode(file))
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.format()).isEqualTo(format));
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (int length = 2; length < file.length; length++) {
                byte[] prefix = Arrays.copyOf(file, length);
                var error = catchThrowableOfType(FingerprintDecodeException.class, () -> decoder.decode(prefix));
                assertThat(error).as("%s prefix of %d bytes", format, length).isNotNull();
                assertThat(error.reason())
                        .as("%s prefix of %d bytes: %s", format, length, error.getMessage())
                        .isEqualTo(Reason.TRUNCATED);
            }
        });
    }

    @Test
    void refusesImagesDeclaringAHundredThousandPixelsSquare() {
        expect(HostileFiles.pngDeclaring(100_000, 100_000), Reason.TOO_MANY_PIXELS);
        expect(Arrays.copyOf(HostileFiles.pngDeclaring(100_000, 100_000), 33), Reason.TOO_MANY_PIXELS);
        expect(HostileFiles.bmpDeclaring(100_000, 100_000), Reason.TOO_MANY_PIXELS);
        expect(HostileFiles.bmpDeclaring(100_000, -100_000), Reason.TOO_MANY_PIXELS);
        expect(HostileFiles.tiff(100_000, 100_000, new long[] {256}, new long[] {1}, 1), Reason.TOO_MANY_PIXELS);
        expect(HostileFiles.jpegDeclaring(65_535, 65_535), Reason.TOO_MANY_PIXELS);
        expect(HostileFiles.wsqDeclaring(65_535, 65_535), Reason.TOO_MANY_PIXELS);
        expect(
                AnsiNistBuilder.aTransaction()
                        .type4(1, 0, 65_535, 65_535, 0, new byte[16])
                        .build(),
                Reason.TOO_MANY_PIXELS);
    }

    @Test
    void refusesAnsiNistRecordsDeclaringMoreBytesThanTheFileHolds() {
        expect(HostileFiles.ansiNistWithRecordLength("2000000000"), Reason.TRUNCATED);
        expect(HostileFiles.ansiNistWithType4Length(0xffff_fff0L), Reason.TRUNCATED);
        expect("1.001:999999999\u001d1.002:0500\u001c".getBytes(StandardCharsets.US_ASCII), Reason.TRUNCATED);
        expect(HostileFiles.ansiNistWithRecordLength("12"), Reason.CORRUPT);
        expect(HostileFiles.ansiNistWithRecordLength("1x"), Reason.CORRUPT);
    }

    @Test
    void refusesAJpegFloodedWithScans() {
        expect(HostileFiles.jpegWithScans(JpegSegments.MAX_SCANS + 1), Reason.UNSUPPORTED);
    }

    @Test
    void refusesTiffStripsThatOverlap() {
        int side = 64;
        byte[] overlapping = HostileFiles.tiff(
                side, side, new long[] {256, 256}, new long[] {side * side, side * side}, side * side);

        expect(overlapping, Reason.CORRUPT);
    }

    @Test
    void refusesTiffTilesLargerThanThePixelLimitEvenInASmallImage() {
        expect(HostileFiles.tiledTiff(64, 64, 40_000), Reason.TOO_MANY_PIXELS);
    }

    @Test
    void refusesWsqTransformFiltersLongerThanTheBound() {
        expect(HostileFiles.wsqWithFilterTaps(255), Reason.UNSUPPORTED);
    }

    @Test
    void refusesBitmapsWrappingAnotherFormat() {
        expect(HostileFiles.bmpWithCompression(4), Reason.UNSUPPORTED);
        expect(HostileFiles.bmpWithCompression(5), Reason.UNSUPPORTED);
    }

    @Test
    void ignoresCompressedMetadataChunksInsteadOfInflatingThem() {
        byte[] png = HostileFiles.pngWithGarbageCompressedChunks();

        var result = assertTimeoutPreemptively(QUICKLY, () -> decoder.decode(png));

        assertThat(result)
                .singleElement()
                .satisfies(f -> assertThat(f.image().dpi()).isEqualTo(500.0));
    }

    @Test
    void decodesAHandMadeTiffAndRefusesItsStripBeyondTheEnd() {
        int side = 64;
        byte[] valid = HostileFiles.tiff(side, side, new long[] {256}, new long[] {side * side}, side * side);

        assertThat(decoder.decode(valid))
                .singleElement()
                .satisfies(f -> assertThat(f.image().width()).isEqualTo(side));
        expect(Arrays.copyOf(valid, valid.length - 1), Reason.TRUNCATED);
    }

    private void expect(byte[] data, Reason reason) {
        var error = assertTimeoutPreemptively(
                QUICKLY, () -> catchThrowableOfType(FingerprintDecodeException.class, () -> decoder.decode(data)));
        assertThat(error).as("no FingerprintDecodeException").isNotNull();
        assertThat(error.reason()).as(error.getMessage()).isEqualTo(reason);
        assertThat(error.getMessage()).isNotBlank().doesNotContain("\u001d", "\u001c", "%PDF", "Estimado");
    }
}
