package mx.huella.engine.fingerprint.decode;

import static mx.huella.engine.fingerprint.decode.AnsiNistBuilder.aTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import mx.huella.engine.fingerprint.FingerPosition;
import mx.huella.engine.fingerprint.decode.FingerprintDecodeException.Reason;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class AnsiNistDecodingTest {
    private static final int W = 96;
    private static final int H = 112;
    private static final byte[] RIDGES = SyntheticPrints.ridges(W, H);

    private final FingerprintDecoder decoder = new FingerprintDecoder();

    @Test
    void decodesAnUncompressedType14RecordWithPositionAndResolution() {
        byte[] transaction = aTransaction()
                .type2("enrollment")
                .type14(2, W, H, 1, 500, "NONE", RIDGES)
                .build();

        List<DecodedFingerprint> results = decoder.decode(transaction);

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.format()).isEqualTo(ImageFormat.ANSI_NIST);
            assertThat(result.position()).isEqualTo(FingerPosition.RIGHT_INDEX);
            assertThat(result.image().width()).isEqualTo(W);
            assertThat(result.image().height()).isEqualTo(H);
            assertThat(result.image().pixels()).isEqualTo(RIDGES);
            assertThat(result.image().dpi()).isEqualTo(500.0);
            assertThat(result.resolutionFromFile()).isTrue();
        });
    }

    @Test
    void decodesCompressedType14RecordsInTransactionOrder() {
        var grey = SyntheticPrints.gray(W, H);
        byte[] transaction = aTransaction()
                .type14(7, W, H, 1, 500, "PNG", ImageFiles.png(grey, OptionalDouble.empty()))
                .type14(3, W, H, 2, 394, "JPEGB", ImageFiles.jpeg(grey, 0, 1))
                .type14(1, W, H, 1, 1000, "WSQ20", WsqTestEncoder.encode(RIDGES, W, H, 0.25, OptionalInt.empty()))
                .build();

        List<DecodedFingerprint> results = decoder.decode(transaction);

        assertThat(results)
                .extracting(DecodedFingerprint::position)
                .containsExactly(FingerPosition.LEFT_INDEX, FingerPosition.RIGHT_MIDDLE, FingerPosition.RIGHT_THUMB);
        assertThat(results).extracting(r -> r.image().dpi()).containsExactly(500.0, 1000.76, 1000.0);
        assertThat(results.get(0).image().pixels()).isEqualTo(RIDGES);
        assertThat(FingerprintDecoderTest.meanAbsoluteError(
                        RIDGES, results.get(1).image().pixels()))
                .isLessThan(3);
        assertThat(FingerprintDecoderTest.meanAbsoluteError(
                        RIDGES, results.get(2).image().pixels()))
                .isLessThan(1);
    }

    @Test
    void decodesType4RecordsAtTheirImageScanningResolution() {
        byte[] transaction = aTransaction()
                .nativeScanningResolution("39.37")
                .type4(6, 0, W, H, 0, RIDGES)
                .type4(10, 1, W, H, 1, WsqTestEncoder.encode(RIDGES, W, H, 0.25, OptionalInt.empty()))
                .build();

        List<DecodedFingerprint> results = decoder.decode(transaction);

        assertThat(results)
                .extracting(DecodedFingerprint::position)
                .containsExactly(FingerPosition.LEFT_THUMB, FingerPosition.LEFT_LITTLE);
        assertThat(results).extracting(r -> r.image().dpi()).containsExactly(500.0, 1000.0);
        assertThat(results.get(0).image().pixels()).isEqualTo(RIDGES);
        assertThat(results).allSatisfy(r -> assertThat(r.resolutionFromFile()).isTrue());
    }

    @Test
    void usesTheDefaultResolutionWhenType14HasNoScaleUnits() {
        byte[] transaction =
                aTransaction().type14(13, W, H, 0, 1, "NONE", RIDGES).build();

        var result = decoder.decode(transaction, 1000).get(0);

        assertThat(result.position()).isEqualTo(FingerPosition.PLAIN_RIGHT_FOUR);
        assertThat(result.image().dpi()).isEqualTo(1000.0);
        assertThat(result.resolutionFromFile()).isFalse();
    }

    @Test
    void mapsPlainThumbsToTheirFingerAndUnlistedCodesToUnknown() {
        byte[] transaction = aTransaction()
                .type14(11, W, H, 1, 500, "NONE", RIDGES)
                .type14(12, W, H, 1, 500, "NONE", RIDGES)
                .type14(19, W, H, 1, 500, "NONE", RIDGES)
                .type4(255, 0, W, H, 0, RIDGES)
                .build();

        assertThat(decoder.decode(transaction))
                .extracting(DecodedFingerprint::position)
                .containsExactly(
                        FingerPosition.RIGHT_THUMB,
                        FingerPosition.LEFT_THUMB,
                        FingerPosition.UNKNOWN,
                        FingerPosition.UNKNOWN);
    }

    @Test
    void refusesATransactionWithoutFingerImages() {
        byte[] transaction = aTransaction().type2("no fingers here").build();

        assertReason(() -> decoder.decode(transaction), Reason.NO_FINGERPRINT);
    }

    @Test
    void refusesMoreImpressionsThanTheLimit() {
        var builder = aTransaction();
        IntStream.rangeClosed(1, 3).forEach(finger -> builder.type14(finger, W, H, 1, 500, "NONE", RIDGES));
        var strict = new FingerprintDecoder(new DecodeLimits(1 << 20, 1_000_000, 2, 500));

        assertReason(() -> strict.decode(builder.build()), Reason.TOO_MANY_IMPRESSIONS);
    }

    @Test
    void refusesImplausibleOrMissingResolutions() {
        byte[] lowDensity =
                aTransaction().type14(1, W, H, 1, 50, "NONE", RIDGES).build();
        byte[] noNativeResolution = aTransaction()
                .nativeScanningResolution(null)
                .type4(1, 1, W, H, 0, RIDGES)
                .build();

        assertReason(() -> decoder.decode(lowDensity), Reason.INVALID_RESOLUTION);
        assertReason(() -> decoder.decode(noNativeResolution), Reason.INVALID_RESOLUTION);
    }

    @Test
    void refusesCompressionsItCannotRead() {
        byte[] jpeg2000 = aTransaction()
                .type14(1, W, H, 1, 500, "JP2", new byte[] {0, 0, 0, 12})
                .build();
        byte[] losslessJpeg = aTransaction()
                .type4(1, 0, W, H, 3, new byte[] {(byte) 0xff, (byte) 0xd8})
                .build();

        assertReason(() -> decoder.decode(jpeg2000), Reason.UNSUPPORTED);
        assertReason(() -> decoder.decode(losslessJpeg), Reason.UNSUPPORTED);
    }

    @Test
    void refusesDeprecatedFingerRecordsRatherThanSkippingThem() {
        byte[] lowResolution = aTransaction()
                .type14(1, W, H, 1, 500, "NONE", RIDGES)
                .raw(3, new byte[18])
                .build();

        assertReason(() -> decoder.decode(lowResolution), Reason.UNSUPPORTED);
    }

    @Test
    void refusesARecordWhoseImageDisagreesWithItsHeader() {
        byte[] wrongSize =
                aTransaction().type14(1, W, H - 1, 1, 500, "NONE", RIDGES).build();
        byte[] wrongFormat =
                aTransaction().type14(1, W, H, 1, 500, "PNG", RIDGES).build();
        byte[] wrongWsqSize = aTransaction()
                .type14(1, W + 8, H, 1, 500, "WSQ20", WsqTestEncoder.encode(RIDGES, W, H, 1, OptionalInt.empty()))
                .build();

        assertReason(() -> decoder.decode(wrongSize), Reason.CORRUPT);
        assertReason(() -> decoder.decode(wrongFormat), Reason.CORRUPT);
        assertReason(() -> decoder.decode(wrongWsqSize), Reason.CORRUPT);
    }

    @Test
    void refusesARecordDeclaringMorePixelsThanTheLimit() {
        byte[] huge = aTransaction()
                .type14(1, 100_000, 100_000, 1, 500, "NONE", RIDGES)
                .build();

        assertReason(() -> decoder.decode(huge), Reason.TOO_MANY_PIXELS);
    }

    @Test
    void refusesBytesAfterTheLastListedRecord() {
        byte[] valid = aTransaction().type14(1, W, H, 1, 500, "NONE", RIDGES).build();
        byte[] padded = java.util.Arrays.copyOf(valid, valid.length + 10);

        assertReason(() -> decoder.decode(padded), Reason.CORRUPT);
    }

    @Test
    void readsType14FieldsWhateverTheirOrderBeforeTheImage() {
        var fields = new LinkedHashMap<Integer, String>();
        fields.put(13, "4" + AnsiNistBuilder.RS + "3");
        fields.put(11, "NONE");
        fields.put(8, "1");
        fields.put(10, "500");
        fields.put(9, "500");
        fields.put(7, String.valueOf(H));
        fields.put(6, String.valueOf(W));
        fields.put(2, "01");

        var result =
                decoder.decode(aTransaction().type14(fields, RIDGES).build()).get(0);

        assertThat(result.position()).isEqualTo(FingerPosition.RIGHT_RING);
        assertThat(result.image().pixels()).isEqualTo(RIDGES);
    }

    @Test
    void decodesTransactionsFromManyThreadsAtOnce() throws Exception {
        byte[] transaction = aTransaction()
                .type2("x")
                .type14(2, W, H, 1, 500, "NONE", RIDGES)
                .type4(3, 0, W, H, 0, RIDGES)
                .build();
        try (var pool = Executors.newFixedThreadPool(4)) {
            List<Future<List<DecodedFingerprint>>> futures = IntStream.range(0, 200)
                    .mapToObj(i -> pool.submit(() -> decoder.decode(transaction)))
                    .toList();
            for (var future : futures) {
                assertThat(future.get())
                        .extracting(DecodedFingerprint::position)
                        .containsExactly(FingerPosition.RIGHT_INDEX, FingerPosition.RIGHT_MIDDLE);
            }
        }
    }

    static void assertReason(ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        FingerprintDecodeException.class,
                        e -> assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason));
    }
}
