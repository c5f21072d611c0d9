package mx.huella.engine.search.cluster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import mx.huella.engine.fingerprint.EncodedTemplate;
import mx.huella.engine.fingerprint.FingerPosition;

/**
 * The enrolled fingers of one reference as the bytes the cluster map stores: a version, a count, then
 * per finger its ISO position code and its serialized template.
 */
final class FingerSet {
    private static final int VERSION = 1;

    private FingerSet() {}

    static byte[] encode(Map<FingerPosition, EncodedTemplate> fingers) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeByte(fingers.size());
            for (Map.Entry<FingerPosition, EncodedTemplate> finger : fingers.entrySet()) {
                byte[] template = finger.getValue().toByteArray();
                out.writeByte(finger.getKey().code());
                out.writeInt(template.length);
                out.write(template);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Map<FingerPosition, EncodedTemplate> decode(byte[] bytes) {
        Map<FingerPosition, EncodedTemplate> fingers = new EnumMap<>(FingerPosition.class);
        try (var in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int version = in.readUnsignedByte();
            if (version != VERSION) {
                throw new IllegalArgumentException("unknown finger set version " + version);
            }
            int count = in.readUnsignedByte();
            for (int i = 0; i < count; i++) {
                int code = in.readUnsignedByte();
                FingerPosition position = FingerPosition.fromCode(code)
                        .orElseThrow(() -> new IllegalArgumentException("unknown finger position code " + code));
                byte[] template = new byte[in.readInt()];
                in.readFully(template);
                fingers.put(position, EncodedTemplate.parse(template));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated finger set", e);
        }
        return fingers;
    }
}
