package mx.huella.engine.fingerprint.decode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import mx.huella.engine.fingerprint.decode.FingerprintDecodeException.Reason;

/** Recognises a format by the signature its specification puts at offset 0. */
final class MagicBytes {
    private static final Map<ImageFormat, byte[][]> SIGNATURES = Map.of(
            ImageFormat.PNG, new byte[][] {{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}},
            ImageFormat.JPEG, new byte[][] {{(byte) 0xff, (byte) 0xd8, (byte) 0xff}},
            ImageFormat.BMP, new byte[][] {{'B', 'M'}},
            ImageFormat.TIFF, new byte[][] {{'I', 'I', '*', 0}, {'M', 'M', 0, '*'}},
            ImageFormat.WSQ, new byte[][] {{(byte) 0xff, (byte) 0xa0}},
            ImageFormat.ANSI_NIST, new byte[][] {"1.001:".getBytes(StandardCharsets.US_ASCII)});

    private MagicBytes() {}

    static ImageFormat detect(byte[] data) {
        for (var entry : SIGNATURES.entrySet()) {
            for (byte[] signature : entry.getValue()) {
                if (startsWith(data, signature)) {
                    return entry.getKey();
                }
            }
        }
        for (var entry : SIGNATURES.entrySet()) {
            for (byte[] signature : entry.getValue()) {
                if (data.length >= 2 && data.length < signature.length && startsWith(signature, data)) {
                    throw new FingerprintDecodeException(
                            Reason.TRUNCATED,
                            "the " + data.length + " bytes received begin a " + entry.getKey() + " signature and end");
                }
            }
        }
        throw new FingerprintDecodeException(
                Reason.UNKNOWN_FORMAT,
                "not a PNG, JPEG, BMP, TIFF, WSQ or ANSI/NIST-ITL file (recognised by their leading bytes)");
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
