package mx.huella.engine.fingerprint.decode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Writes the checked-in seed corpus of {@link FingerprintDecoderFuzzTest} from the test fixtures, in Jazzer's
 * regression layout ({@code <TestClass>Inputs/<method>/<file>}). Run it again after changing a fixture:
 * {@code java -cp target/test-classes:target/classes:<jnbis.jar> mx.huella.engine.fingerprint.decode.SeedCorpusWriter}.
 */
final class SeedCorpusWriter {
    private static final Path ROOT =
            Path.of("src/test/resources/mx/huella/engine/fingerprint/decode/FingerprintDecoderFuzzTestInputs");

    private SeedCorpusWriter() {}

    public static void main(String[] args) throws IOException {
        int side = 24;
        byte[] ridges = SyntheticPrints.ridges(side, side);
        byte[] wsq = WsqTestEncoder.encode(SyntheticPrints.ridges(88, 88), 88, 88, 2, OptionalInt.of(500));
        byte[] png = ImageFiles.png(SyntheticPrints.gray(side, side), OptionalDouble.of(500));

        var any = new LinkedHashMap<String, byte[]>();
        any.put("grey.png", png);
        any.put("colour.jpg", ImageFiles.jpeg(SyntheticPrints.colour(side, side), 1, 500));
        any.put("grey.bmp", ImageFiles.bmp(SyntheticPrints.gray(side, side), 19685));
        any.put("lzw.tif", ImageFiles.tiff(SyntheticPrints.gray(side, side), OptionalDouble.of(500), "LZW"));
        any.put("ridges.wsq", wsq);
        any.put(
                "type14.an2",
                AnsiNistBuilder.aTransaction()
                        .type14(2, side, side, 1, 500, "NONE", ridges)
                        .build());
        write("anyBytesDecodeOrFailWithAReason", any);

        var wsqSeeds = new LinkedHashMap<String, byte[]>();
        wsqSeeds.put("nistcom.wsq", wsq);
        wsqSeeds.put(
                "plain.wsq", WsqTestEncoder.encode(SyntheticPrints.ridges(84, 92), 84, 92, 4, OptionalInt.empty()));
        write("wsqBytesDecodeOrFailWithAReason", wsqSeeds);

        var ansiNist = new LinkedHashMap<String, byte[]>();
        ansiNist.put(
                "type14-raw.an2",
                AnsiNistBuilder.aTransaction()
                        .type2("seed")
                        .type14(2, side, side, 1, 500, "NONE", ridges)
                        .build());
        ansiNist.put(
                "type4-raw.an2",
                AnsiNistBuilder.aTransaction()
                        .nativeScanningResolution("39.37")
                        .type4(7, 1, side, side, 0, ridges)
                        .build());
        ansiNist.put(
                "type14-png.an2",
                AnsiNistBuilder.aTransaction()
                        .type14(13, side, side, 2, 197, "PNG", png)
                        .type14(11, side, side, 0, 1, "NONE", ridges)
                        .build());
        ansiNist.put(
                "type14-wsq.an2",
                AnsiNistBuilder.aTransaction()
                        .type14(1, 88, 88, 1, 500, "WSQ20", wsq)
                        .build());
        write("ansiNistBytesDecodeOrFailWithAReason", ansiNist);
    }

    private static void write(String method, Map<String, byte[]> seeds) throws IOException {
        Path directory = ROOT.resolve(method);
        Files.createDirectories(directory);
        for (var seed : seeds.entrySet()) {
            Files.write(directory.resolve(seed.getKey()), seed.getValue());
        }
    }
}
