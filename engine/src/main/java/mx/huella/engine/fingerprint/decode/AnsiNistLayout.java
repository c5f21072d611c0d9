package mx.huella.engine.fingerprint.decode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.huella.engine.fingerprint.decode.FingerprintDecodeException.Reason;

/**
 * The record layout of an ANSI/NIST-ITL 1-2011 transaction in traditional encoding (annex B): the
 * Type-1 record, whose field 1.003 CNT lists every other record, then those records back to back, each opening with
 * its length (tagged records in field x.001, binary records in their first four bytes, big-endian).
 *
 * <p>Every declared length is checked against the bytes actually present, and the records must tile the file
 * exactly, before any record is parsed: the JNBIS readers trust these lengths and allocate what they declare.
 * Deprecated low-resolution and binary finger records (Types 3, 5, 6) are refused, not skipped, so that no finger
 * goes missing unnoticed; other non-finger records (text, faces, latents, palms) are skipped.
 */
record AnsiNistLayout(List<Slice> fingerRecords, Optional<String> nativeScanningResolution) {
    static final int MAX_RECORDS = 1000;
    static final byte FS = 0x1c;
    static final byte GS = 0x1d;
    static final byte RS = 0x1e;
    static final byte US = 0x1f;
    private static final int TYPE1_PREFIX = "1.001:".length();

    /** One record: its position in field 1.003, type, and bytes {@code [offset, offset + length)} of the file. */
    record Slice(int number, int type, int offset, int length) {}

    static AnsiNistLayout read(byte[] data, DecodeLimits limits) {
        int type1Length = lengthField(data, 0, TYPE1_PREFIX, 1);
        List<String> fields = fields(data, type1Length);
        List<Integer> types = recordTypes(
                fieldValue(fields, 3).orElseThrow(() -> corrupt("the Type-1 record has no field 1.003 (CNT)")));
        requireImpressions(types.stream().filter(AnsiNistLayout::isFingerImage).count(), limits);
        List<Slice> fingerRecords = new ArrayList<>();
        int offset = type1Length;
        for (int i = 0; i < types.size(); i++) {
            int type = types.get(i);
            int length = isBinary(type) ? binaryLength(data, offset, type) : taggedLength(data, offset, type);
            if (isFingerImage(type)) {
                fingerRecords.add(new Slice(i + 2, type, offset, length));
            }
            offset += length;
        }
        if (offset != data.length) {
            throw corrupt((data.length - offset) + " bytes follow the last record listed in field 1.003");
        }
        return new AnsiNistLayout(List.copyOf(fingerRecords), fieldValue(fields, 11));
    }

    private static void requireImpressions(long fingers, DecodeLimits limits) {
        if (fingers == 0) {
            throw new FingerprintDecodeException(
                    Reason.NO_FINGERPRINT,
                    "the ANSI/NIST-ITL transaction has no Type-4 or Type-14 finger image record");
        }
        if (fingers > limits.maxImpressions()) {
            throw new FingerprintDecodeException(
                    Reason.TOO_MANY_IMPRESSIONS,
                    "the ANSI/NIST-ITL transaction holds " + fingers + " finger images, more than the limit of "
                            + limits.maxImpressions());
        }
    }

    static boolean isFingerImage(int type) {
        return type == 4 || type == 14;
    }

    private static boolean isBinary(int type) {
        return type >= 3 && type <= 8;
    }

    /** The types listed in CNT after the Type-1 record itself: "1 US count" then "type US IDC" per record. */
    private static List<Integer> recordTypes(String cnt) {
        String[] subfields = cnt.split(String.valueOf((char) RS), -1);
        String[] header = subfields[0].split(String.valueOf((char) US), -1);
        if (header.length != 2 || !header[0].equals("1") || !isDigits(header[1], 4)) {
            throw corrupt("field 1.003 (CNT) does not open with the Type-1 entry and a record count");
        }
        int count = Integer.parseInt(header[1]);
        if (count != subfields.length - 1) {
            throw corrupt("field 1.003 (CNT) announces " + count + " records but lists " + (subfields.length - 1));
        }
        if (count > MAX_RECORDS) {
            throw new FingerprintDecodeException(
                    Reason.UNSUPPORTED,
                    "the transaction lists " + count + " records; at most " + MAX_RECORDS + " are read");
        }
        List<Integer> types = new ArrayList<>(count);
        for (int i = 1; i < subfields.length; i++) {
            String[] items = subfields[i].split(String.valueOf((char) US), -1);
            if (items.length != 2 || !isDigits(items[0], 2)) {
                throw corrupt("entry " + i + " of field 1.003 (CNT) is not \"type US IDC\"");
            }
            int type = Integer.parseInt(items[0]);
            if (type < 2 || type > 99) {
                throw corrupt("field 1.003 (CNT) lists a record of type " + type);
            }
            if (type == 3 || type == 5 || type == 6) {
                throw new FingerprintDecodeException(
                        Reason.UNSUPPORTED,
                        "Type-" + type
                                + " finger records (deprecated low-resolution or binary images) are not supported");
            }
            types.add(type);
        }
        return types;
    }

    private static int binaryLength(byte[] data, int offset, int type) {
        var cursor = new ByteCursor(data, offset, "ANSI/NIST-ITL");
        long length = cursor.u32be();
        int minimum = switch (type) {
            case 7 -> 5;
            case 8 -> 12;
            default -> 18;
        };
        if (length < minimum) {
            throw corrupt("binary Type-" + type + " record at offset " + offset + " declares " + length + " bytes");
        }
        return requireInside(data, offset, length, type);
    }

    /** A tagged record opens with "type.001:length" (or ".01:", as older editions wrote) and closes with FS. */
    private static int taggedLength(byte[] data, int offset, int type) {
        byte[] prefix = (type + ".").getBytes(StandardCharsets.US_ASCII);
        int position = offset;
        for (byte expected : prefix) {
            if (position >= data.length) {
                throw truncated("record of Type-" + type + " at offset " + offset);
            }
            if (data[position++] != expected) {
                throw corrupt("the record at offset " + offset + " does not open with field " + type + ".001");
            }
        }
        int colon = position;
        while (colon < data.length && colon - position < 3 && data[colon] != ':') {
            colon++;
        }
        String fieldNumber = new String(data, position, colon - position, StandardCharsets.US_ASCII);
        if (colon >= data.length) {
            throw truncated("record of Type-" + type + " at offset " + offset);
        }
        if (data[colon] != ':' || !isDigits(fieldNumber, 3) || Integer.parseInt(fieldNumber) != 1) {
            throw corrupt("the record at offset " + offset + " does not open with field " + type + ".001");
        }
        return lengthField(data, offset, colon + 1 - offset, type);
    }

    /** Parses the digits after a record's first tag, up to GS or FS, and checks the record's extent and final FS. */
    private static int lengthField(byte[] data, int offset, int prefixLength, int type) {
        int position = offset + prefixLength;
        long length = 0;
        int digits = 0;
        while (true) {
            if (position >= data.length) {
                throw truncated("Type-" + type + " record at offset " + offset);
            }
            byte b = data[position++];
            if (b == GS || b == FS) {
                break;
            }
            if (b < '0' || b > '9' || ++digits > 10) {
                throw corrupt(
                        "the length field of the Type-" + type + " record at offset " + offset + " is not a number");
            }
            length = length * 10 + (b - '0');
        }
        if (digits == 0 || length < position - offset) {
            throw corrupt("the Type-" + type + " record at offset " + offset + " declares " + length + " bytes");
        }
        int checked = requireInside(data, offset, length, type);
        if (data[offset + checked - 1] != FS) {
            throw corrupt("the Type-" + type + " record at offset " + offset + " does not end with a file separator");
        }
        return checked;
    }

    private static int requireInside(byte[] data, int offset, long length, int type) {
        if (length > data.length - offset) {
            throw new FingerprintDecodeException(
                    Reason.TRUNCATED,
                    "the Type-" + type + " record at offset " + offset + " declares " + length + " bytes but only "
                            + (data.length - offset) + " remain");
        }
        return (int) length;
    }

    /** The fields of the Type-1 record as "1.nnn:value" strings; Type-1 is 7-bit ASCII by definition. */
    private static List<String> fields(byte[] data, int type1Length) {
        String text = new String(data, 0, type1Length - 1, StandardCharsets.US_ASCII);
        return List.of(text.split(String.valueOf((char) GS), -1));
    }

    private static Optional<String> fieldValue(List<String> fields, int number) {
        for (String field : fields) {
            int dot = field.indexOf('.');
            int colon = field.indexOf(':');
            if (dot == 1 && field.charAt(0) == '1' && colon > dot + 1 && colon <= dot + 4) {
                String digits = field.substring(dot + 1, colon);
                if (isDigits(digits, 3) && Integer.parseInt(digits) == number) {
                    return Optional.of(field.substring(colon + 1));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isDigits(String text, int maxLength) {
        return !text.isEmpty() && text.length() <= maxLength && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static FingerprintDecodeException truncated(String what) {
        return new FingerprintDecodeException(Reason.TRUNCATED, "the data ends inside the header of the " + what);
    }

    private static FingerprintDecodeException corrupt(String detail) {
        return new FingerprintDecodeException(Reason.CORRUPT, "ANSI/NIST-ITL structure is invalid: " + detail);
    }
}
