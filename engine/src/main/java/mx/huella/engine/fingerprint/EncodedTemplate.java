package mx.huella.engine.fingerprint;

import com.machinezoo.sourceafis.FingerprintTemplate;
import java.util.Arrays;

/**
 * A fingerprint template in Huella's stored form: a 4-byte header ({@code 'H' 'F' 'T'} and a
 * format version) followed by SourceAFIS's own serialization. The version lets stored templates
 * outlive a change of extractor: a reader refuses versions it does not know instead of misreading
 * them.
 *
 * <p>Immutable and thread-safe. The SourceAFIS object is built on first use and kept; a template
 * then holds about 10 KB in memory, and its serialized form is about 0.5 KB (FVC2002 DB1_B means,
 * {@code ./huella bench fingerprints}).
 */
public final class EncodedTemplate {
    /** The serialized-form version this code writes and reads: 1 is SourceAFIS 3.18's CBOR. */
    public static final int VERSION = 1;

    private static final byte[] MAGIC = {'H', 'F', 'T'};

    private final byte[] serialized;
    private volatile FingerprintTemplate sourceafis;

    private EncodedTemplate(byte[] serialized, FingerprintTemplate sourceafis) {
        this.serialized = serialized;
        this.sourceafis = sourceafis;
    }

    static EncodedTemplate of(FingerprintTemplate template) {
        byte[] body = template.toByteArray();
        byte[] serialized = new byte[MAGIC.length + 1 + body.length];
        System.arraycopy(MAGIC, 0, serialized, 0, MAGIC.length);
        serialized[MAGIC.length] = VERSION;
        System.arraycopy(body, 0, serialized, MAGIC.length + 1, body.length);
        return new EncodedTemplate(serialized, template);
    }

    /**
     * Reads a template written by {@link #toByteArray()}.
     *
     * @throws TemplateFormatException when the header is missing, the version unknown, or the body corrupt
     */
    public static EncodedTemplate parse(byte[] serialized) {
        if (serialized.length <= MAGIC.length + 1
                || !Arrays.equals(serialized, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new TemplateFormatException("not a Huella fingerprint template (header HFT missing)");
        }
        int version = serialized[MAGIC.length] & 0xff;
        if (version != VERSION) {
            throw new TemplateFormatException("fingerprint template version " + version + " is not supported (this "
                    + "code reads version " + VERSION + ")");
        }
        var template = new EncodedTemplate(serialized.clone(), null);
        template.sourceafis();
        return template;
    }

    /** The stored form, to be persisted (encrypted) and read back with {@link #parse(byte[])}. */
    public byte[] toByteArray() {
        return serialized.clone();
    }

    /** Size of the stored form in bytes. */
    public int size() {
        return serialized.length;
    }

    /** Estimated bytes this template occupies in memory once ready for matching. */
    public int memoryBytes() {
        return sourceafis().memory();
    }

    FingerprintTemplate sourceafis() {
        FingerprintTemplate template = sourceafis;
        if (template == null) {
            try {
                template = new FingerprintTemplate(Arrays.copyOfRange(serialized, MAGIC.length + 1, serialized.length));
            } catch (RuntimeException e) {
                throw new TemplateFormatException("fingerprint template body is corrupt", e);
            }
            sourceafis = template;
        }
        return template;
    }
}
