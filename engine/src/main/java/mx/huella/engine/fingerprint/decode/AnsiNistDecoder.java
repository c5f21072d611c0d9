package mx.huella.engine.fingerprint.decode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mx.huella.engine.fingerprint.FingerPosition;
import mx.huella.engine.fingerprint.decode.AnsiNistLayout.Slice;
import mx.huella.engine.fingerprint.decode.FingerImageRecord.Compression;
import mx.huella.engine.fingerprint.decode.FingerprintDecodeException.Reason;
import org.jnbis.api.Jnbis;
import org.jnbis.api.model.Nist;
import org.jnbis.api.model.record.HighResolutionGrayscaleFingerprint;
import org.jnbis.api.model.record.VariableResolutionFingerprint;

/**
 * Decodes the finger images of an ANSI/NIST-ITL 1-2011 transaction: Type-4 (grey-scale fingerprint, binary header)
 * and Type-14 (variable-resolution fingerprint, tagged fields).
 *
 * <p>Design note. {@link AnsiNistLayout} checks the whole file first. Each finger record is then handed to JNBIS
 * alone, inside a one-record transaction assembled here, so that JNBIS's record walker never meets the rest of the
 * file: its readers trust declared lengths, and a walk thrown out of step by a crafted record could ask for 2 GiB.
 * JNBIS shares static, unsynchronised charset decoders between calls, so its parsing is serialised on one lock; image
 * decoding, the expensive part, runs outside it.
 *
 * <p>Resolution follows NIST's own reading (libbiomeval AN2KViewFixedResolution and AN2KViewVariableResolution):
 * Type-4 field ISR 0 means 19.69 pixels per millimetre, taken as the 500 ppi it stands for; ISR 1 means the native
 * scanning resolution of Type-1 field 1.011 NSR, in pixels per millimetre. Type-14 states its own density in fields
 * 14.008 SLC (1 pixels per inch, 2 pixels per centimetre, 0 no unit), 14.009 THPS and 14.010 TVPS.
 */
final class AnsiNistDecoder {
    private static final Object JNBIS_LOCK = new Object();

    private AnsiNistDecoder() {}

    static List<DecodedFingerprint> decode(byte[] data, DecodeLimits limits, double defaultDpi) {
        var layout = AnsiNistLayout.read(data, limits);
        List<DecodedFingerprint> fingerprints = new ArrayList<>();
        for (Slice slice : layout.fingerRecords()) {
            FingerImageRecord record = slice.type() == 4
                    ? type4(parse(data, slice), layout.nativeScanningResolution(), slice)
                    : type14(parse(data, slice), defaultDpi, slice);
            fingerprints.add(record.decode(limits));
        }
        return List.copyOf(fingerprints);
    }

    private static Nist parse(byte[] data, Slice slice) {
        byte[] transaction = singleRecordTransaction(data, slice);
        try {
            synchronized (JNBIS_LOCK) {
                return Jnbis.nist().decode(transaction);
            }
        } catch (RuntimeException | StackOverflowError e) {
            throw new FingerprintDecodeException(
                    Reason.CORRUPT,
                    describe(slice) + " could not be parsed (" + e.getClass().getSimpleName() + " in JNBIS)");
        }
    }

    /** A Type-1 record of three fields (LEN, VER, CNT naming the one record) followed by the record's bytes. */
    private static byte[] singleRecordTransaction(byte[] data, Slice slice) {
        String body = (char) AnsiNistLayout.GS + "1.002:0500" + (char) AnsiNistLayout.GS + "1.003:1"
                + (char) AnsiNistLayout.US + "1" + (char) AnsiNistLayout.RS + slice.type() + (char) AnsiNistLayout.US
                + "0" + (char) AnsiNistLayout.FS;
        int base = "1.001:".length() + body.length();
        int length = base + String.valueOf(base + String.valueOf(base).length()).length();
        var out = new ByteArrayOutputStream(length + slice.length());
        out.writeBytes(("1.001:" + length + body).getBytes(StandardCharsets.US_ASCII));
        out.write(data, slice.offset(), slice.length());
        return out.toByteArray();
    }

    private static FingerImageRecord type4(Nist nist, Optional<String> nativeResolution, Slice slice) {
        HighResolutionGrayscaleFingerprint record = only(nist.getHiResGrayscaleFingerprints(), slice);
        int code = number(record.getFingerPosition(), slice, "FGP") & 0xff;
        ScanResolution resolution = switch (record.getImageScanningResolution()) {
            case "0" -> new ScanResolution(500, true);
            case "1" -> ScanResolution.strict(nativeResolutionDpi(nativeResolution), "field 1.011 (NSR)");
            default ->
                throw new FingerprintDecodeException(
                        Reason.INVALID_RESOLUTION,
                        describe(slice) + " has an image scanning resolution flag other than 0 or 1");
        };
        return new FingerImageRecord(
                describe(slice),
                number(record.getHorizontalLineLength(), slice, "HLL"),
                number(record.getVerticalLineLength(), slice, "VLL"),
                type4Compression(number(record.getCompressionAlgorithm(), slice, "GCA") & 0xff, slice),
                resolution,
                position(code),
                record.getImageData());
    }

    private static FingerImageRecord type14(Nist nist, double defaultDpi, Slice slice) {
        VariableResolutionFingerprint record = only(nist.getVariableResFingerprints(), slice);
        if (record.getBitsPerPixel() != null) {
            int bitsPerPixel = number(record.getBitsPerPixel(), slice, "14.012 BPX");
            if (bitsPerPixel != 8) {
                throw new FingerprintDecodeException(
                        Reason.UNSUPPORTED,
                        describe(slice) + " has " + bitsPerPixel + " bits per pixel; only 8 is supported");
            }
        }
        return new FingerImageRecord(
                describe(slice),
                number(record.getHorizontalLineLength(), slice, "14.006 HLL"),
                number(record.getVerticalLineLength(), slice, "14.007 VLL"),
                type14Compression(record.getCompressionAlgorithm(), slice),
                type14Resolution(record, defaultDpi, slice),
                type14Position(record.getFingerPosition()),
                withoutFinalSeparator(record.getImageData()));
    }

    private static ScanResolution type14Resolution(
            VariableResolutionFingerprint record, double defaultDpi, Slice slice) {
        String where = describe(slice) + " fields 14.008 to 14.010";
        int units = number(record.getScaleUnits(), slice, "14.008 SLC");
        if (units == 0) {
            return new ScanResolution(defaultDpi, false);
        }
        if (units != 1 && units != 2) {
            throw new FingerprintDecodeException(Reason.INVALID_RESOLUTION, where + " use scale unit code " + units);
        }
        double horizontal = number(record.getHorizontalPixelScale(), slice, "14.009 THPS");
        double vertical = number(record.getVerticalPixelScale(), slice, "14.010 TVPS");
        if (Math.abs(horizontal - vertical) > 0.01 * Math.max(horizontal, vertical)) {
            throw new FingerprintDecodeException(Reason.UNSUPPORTED, where + " describe non-square pixels");
        }
        return ScanResolution.strict(
                units == 1 ? horizontal : ScanResolution.dpiFromPixelsPerMillimetre(horizontal / 10), where);
    }

    /**
     * JNBIS returns field 14.999 up to the end of the record, including the FS that closes every tagged record;
     * the layout walk has already checked that this byte is FS.
     */
    private static byte[] withoutFinalSeparator(byte[] data) {
        return data == null || data.length == 0 ? data : Arrays.copyOf(data, data.length - 1);
    }

    /** Field 1.011 NSR holds pixels per millimetre to two decimals ("19.69"); NaN when absent or malformed. */
    private static double nativeResolutionDpi(Optional<String> nativeResolution) {
        String value = nativeResolution.map(String::trim).orElse("");
        if (!value.matches("\\d{1,3}(\\.\\d{1,3})?")) {
            return Double.NaN;
        }
        return ScanResolution.dpiFromPixelsPerMillimetre(Double.parseDouble(value));
    }

    private static Compression type4Compression(int code, Slice slice) {
        return switch (code) {
            case 0 -> Compression.NONE;
            case 1 -> Compression.WSQ;
            case 2 -> Compression.JPEG;
            case 6 -> Compression.PNG;
            default -> throw unsupportedCompression(slice, "code " + code);
        };
    }

    private static Compression type14Compression(String name, Slice slice) {
        String upper = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
        return switch (upper) {
            case "NONE" -> Compression.NONE;
            case "WSQ", "WSQ20" -> Compression.WSQ;
            case "JPEGB" -> Compression.JPEG;
            case "PNG" -> Compression.PNG;
            default -> throw unsupportedCompression(slice, upper.matches("[A-Z0-9]{1,8}") ? upper : "(unreadable)");
        };
    }

    private static FingerprintDecodeException unsupportedCompression(Slice slice, String name) {
        return new FingerprintDecodeException(
                Reason.UNSUPPORTED,
                describe(slice) + " uses compression " + name
                        + "; uncompressed, WSQ, baseline JPEG and PNG are supported");
    }

    /** Field 14.013 may list several possible positions; the first is the stated one. */
    private static FingerPosition type14Position(String field) {
        if (field == null) {
            return FingerPosition.UNKNOWN;
        }
        String first = field.split(String.valueOf((char) AnsiNistLayout.RS), 2)[0].trim();
        return first.matches("\\d{1,3}") ? position(Integer.parseInt(first)) : FingerPosition.UNKNOWN;
    }

    /**
     * Codes 11 and 12, plain impressions of one thumb, are the same fingers as codes 1 and 6: the impression type is a
     * separate field. Codes without a constant (extra digits, joints, unknown friction ridge) map to UNKNOWN.
     */
    static FingerPosition position(int code) {
        return switch (code) {
            case 11 -> FingerPosition.RIGHT_THUMB;
            case 12 -> FingerPosition.LEFT_THUMB;
            default -> FingerPosition.fromCode(code).orElse(FingerPosition.UNKNOWN);
        };
    }

    private static <T> T only(List<T> records, Slice slice) {
        if (records.size() != 1) {
            throw new FingerprintDecodeException(Reason.CORRUPT, describe(slice) + " could not be parsed");
        }
        return records.get(0);
    }

    private static int number(String field, Slice slice, String name) {
        String value = field == null ? "" : field.trim();
        if (!value.matches("-?\\d{1,9}")) {
            throw new FingerprintDecodeException(Reason.CORRUPT, describe(slice) + " has no numeric " + name);
        }
        return Integer.parseInt(value);
    }

    static String describe(Slice slice) {
        return "ANSI/NIST-ITL record " + slice.number() + " (Type-" + slice.type() + ")";
    }
}
