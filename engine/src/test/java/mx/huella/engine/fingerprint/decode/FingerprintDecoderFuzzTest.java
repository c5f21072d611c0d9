package mx.huella.engine.fingerprint.decode;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import mx.huella.engine.fingerprint.GrayImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz targets: whatever the bytes, the decoder either returns images or throws {@link FingerprintDecodeException};
 * any other exception, a hang or an OutOfMemoryError is a finding. Under {@code mvn test} they replay the seed corpus
 * in src/test/resources (regression mode); docs/fuzzing.md describes a fuzzing campaign.
 *
 * <p>The class timeout becomes Jazzer's per-input timeout while fuzzing, so a decode that runs for more than ten
 * seconds is reported as a hang; the 1 GiB test heap (engine/pom.xml) turns an unbounded allocation into a
 * reported OutOfMemoryError.
 */
@Timeout(10)
class FingerprintDecoderFuzzTest {
    /** Small limits keep each execution fast, so a campaign explores more inputs per second. */
    private static final FingerprintDecoder DECODER =
            new FingerprintDecoder(new DecodeLimits(1 << 20, 1 << 18, 8, 500));

    private static final byte[] WSQ_SOI = {(byte) 0xff, (byte) 0xa0};
    private static final byte[] ANSI_NIST_OPENING = "1.001:".getBytes(StandardCharsets.US_ASCII);

    @FuzzTest
    void anyBytesDecodeOrFailWithAReason(byte[] data) {
        decodeOrExplain(data);
    }

    @FuzzTest
    void wsqBytesDecodeOrFailWithAReason(byte[] data) {
        decodeOrExplain(opening(WSQ_SOI, data));
    }

    @FuzzTest
    void ansiNistBytesDecodeOrFailWithAReason(byte[] data) {
        decodeOrExplain(opening(ANSI_NIST_OPENING, data));
    }

    /** Seeds are only useful if they reach the decoders' success paths, so each must still decode. */
    @Test
    void everySeedInTheCorpusDecodes() throws IOException, URISyntaxException {
        Path corpus = Path.of(
                getClass().getResource(getClass().getSimpleName() + "Inputs").toURI());
        List<Path> seeds;
        try (var files = Files.walk(corpus)) {
            seeds = files.filter(Files::isRegularFile).toList();
        }
        assertThat(seeds).hasSizeGreaterThanOrEqualTo(12);
        for (Path seed : seeds) {
            assertThat(DECODER.decode(Files.readAllBytes(seed)))
                    .as(seed.toString())
                    .isNotEmpty();
        }
    }

    private static void decodeOrExplain(byte[] data) {
        try {
            for (DecodedFingerprint fingerprint : DECODER.decode(data)) {
                GrayImage image = fingerprint.image();
                assertThat((long) image.width() * image.height())
                        .isLessThanOrEqualTo(DECODER.limits().maxPixels());
            }
        } catch (FingerprintDecodeException e) {
            assertThat(e.reason()).isNotNull();
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    /** Keeps the fuzzer inside one format: inputs that do not already open with its signature get it prepended. */
    private static byte[] opening(byte[] signature, byte[] data) {
        if (data.length >= signature.length
                && Arrays.equals(data, 0, signature.length, signature, 0, signature.length)) {
            return data;
        }
        byte[] prefixed = Arrays.copyOf(signature, signature.length + data.length);
        System.arraycopy(data, 0, prefixed, signature.length, data.length);
        return prefixed;
    }
}
