package mx.huella.engine.fingerprint.decode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds ANSI/NIST-ITL 1-2011 transactions in traditional encoding for tests: a Type-1 record whose CNT lists the
 * records added, then Type-2 text, Type-4 binary and Type-14 tagged records laid out as sections 7 and 8 describe.
 */
final class AnsiNistBuilder {
    static final char FS = 0x1c;
    static final char GS = 0x1d;
    static final char RS = 0x1e;
    static final char US = 0x1f;

    private final List<Integer> types = new ArrayList<>();
    private final List<byte[]> records = new ArrayList<>();
    private String nativeScanningResolution = "19.69";

    static AnsiNistBuilder aTransaction() {
        return new AnsiNistBuilder();
    }

    /** Field 1.011 NSR in pixels per millimetre, or null to leave it out. */
    AnsiNistBuilder nativeScanningResolution(String pixelsPerMillimetre) {
        this.nativeScanningResolution = pixelsPerMillimetre;
        return this;
    }

    AnsiNistBuilder type2(String text) {
        var fields = new LinkedHashMap<Integer, String>();
        fields.put(2, idc());
        fields.put(3, text);
        return add(2, tagged(2, fields, null));
    }

    /** A Type-4 record: FGP, ISR (0 or 1), width, height, GCA code, image bytes. */
    AnsiNistBuilder type4(int position, int scanningResolution, int width, int height, int compression, byte[] image) {
        var out = new ByteArrayOutputStream();
        int length = 18 + image.length;
        out.write(length >>> 24);
        out.write(length >>> 16 & 0xff);
        out.write(length >>> 8 & 0xff);
        out.write(length & 0xff);
        out.write(records.size() + 1);
        out.write(0);
        out.write(position);
        for (int i = 0; i < 5; i++) {
            out.write(255);
        }
        out.write(scanningResolution);
        out.write(width >> 8);
        out.write(width & 0xff);
        out.write(height >> 8);
        out.write(height & 0xff);
        out.write(compression);
        out.writeBytes(image);
        return add(4, out.toByteArray());
    }

    /** A Type-14 record at {@code pixelsPerUnit} in scale units {@code units} (1 inch, 2 centimetre, 0 none). */
    AnsiNistBuilder type14(
            int position, int width, int height, int units, int pixelsPerUnit, String compression, byte[] image) {
        var fields = new LinkedHashMap<Integer, String>();
        fields.put(2, idc());
        fields.put(3, "0");
        fields.put(4, "MXIMSS0001");
        fields.put(5, "20240315");
        fields.put(6, String.valueOf(width));
        fields.put(7, String.valueOf(height));
        fields.put(8, String.valueOf(units));
        fields.put(9, String.valueOf(pixelsPerUnit));
        fields.put(10, String.valueOf(pixelsPerUnit));
        fields.put(11, compression);
        fields.put(12, "8");
        fields.put(13, String.valueOf(position));
        return type14(fields, image);
    }

    /** A Type-14 record with exactly these fields (numbers 2 to 998) and image data. */
    AnsiNistBuilder type14(Map<Integer, String> fields, byte[] image) {
        return add(14, tagged(14, fields, image));
    }

    /** A record of any type from raw bytes, listed in CNT as {@code type}. */
    AnsiNistBuilder raw(int type, byte[] record) {
        return add(type, record);
    }

    byte[] build() {
        var cnt = new StringBuilder("1" + US + types.size());
        for (int i = 0; i < types.size(); i++) {
            cnt.append(RS).append(types.get(i)).append(US).append(String.format("%02d", i + 1));
        }
        var fields = new LinkedHashMap<Integer, String>();
        fields.put(2, "0500");
        fields.put(3, cnt.toString());
        fields.put(4, "ENR");
        fields.put(5, "20240315");
        fields.put(7, "MXIMSS000");
        fields.put(8, "MXIMSS001");
        fields.put(9, "TCN000001");
        if (nativeScanningResolution != null) {
            fields.put(11, nativeScanningResolution);
            fields.put(12, nativeScanningResolution);
        }
        var out = new ByteArrayOutputStream();
        out.writeBytes(tagged(1, fields, null));
        records.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private AnsiNistBuilder add(int type, byte[] record) {
        types.add(type);
        records.add(record);
        return this;
    }

    private String idc() {
        return String.format("%02d", records.size() + 1);
    }

    /** Fields "type.nnn:value" joined by GS; the first states the record length, the record ends with FS. */
    static byte[] tagged(int type, Map<Integer, String> fields, byte[] image) {
        var body = new StringBuilder();
        fields.forEach((number, value) ->
                body.append(GS).append(String.format("%d.%03d:", type, number)).append(value));
        byte[] imageField =
                image == null ? new byte[0] : (GS + "" + type + ".999:").getBytes(StandardCharsets.US_ASCII);
        int rest = body.length() + imageField.length + (image == null ? 0 : image.length) + 1;
        String prefix = type + ".001:";
        int base = prefix.length() + rest;
        int length = base + String.valueOf(base + String.valueOf(base).length()).length();
        var out = new ByteArrayOutputStream();
        out.writeBytes((prefix + length + body).getBytes(StandardCharsets.US_ASCII));
        if (image != null) {
            out.writeBytes(imageField);
            out.writeBytes(image);
        }
        out.write(FS);
        return out.toByteArray();
    }
}
