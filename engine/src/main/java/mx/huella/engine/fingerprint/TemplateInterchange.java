package mx.huella.engine.fingerprint;

import com.machinezoo.fingerprintio.TemplateFormat;
import com.machinezoo.sourceafis.FingerprintCompatibility;
import com.machinezoo.sourceafis.FingerprintTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Import and export of ISO/IEC 19794-2 (2005, 2011) and ANSI INCITS 378 (2004, 2009, 2009/AM1)
 * minutiae templates, so that templates captured by other vendors' devices can be enrolled and
 * ours handed to other systems.
 *
 * <p>Design note: conversion goes through SourceAFIS's FingerprintIO codecs. A foreign template
 * carries minutiae only, so SourceAFIS scores it lower against its own templates than two of its
 * own templates of the same finger; thresholds for mixed comparisons must be measured on mixed
 * pairs ({@code fingerprints/fvc2002-iso} holds SecuGen-made ISO templates for that).
 *
 * <p>Thread-safe and stateless.
 */
public final class TemplateInterchange {
    /** Largest foreign record accepted: ISO/ANSI records with ten fingers stay far below this. */
    public static final int MAX_RECORD_BYTES = 1 << 20;

    private TemplateInterchange() {}

    /** Which standard format the bytes are in, if any. */
    public static Optional<InterchangeFormat> identify(byte[] record) {
        TemplateFormat format = record.length == 0 ? null : TemplateFormat.identify(record);
        if (format == null) {
            return Optional.empty();
        }
        for (InterchangeFormat candidate : InterchangeFormat.values()) {
            if (candidate.library() == format) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Every finger view in a foreign record, with its finger position, as Huella templates.
     *
     * @throws TemplateFormatException when the record is empty, too large, of no known format, or corrupt
     */
    public static List<ImportedFinger> importRecord(byte[] record) {
        if (record.length == 0 || record.length > MAX_RECORD_BYTES) {
            throw new TemplateFormatException("a template record must hold 1 to " + MAX_RECORD_BYTES + " bytes");
        }
        InterchangeFormat format = identify(record)
                .orElseThrow(
                        () -> new TemplateFormatException("not an ISO/IEC 19794-2 or ANSI INCITS 378 template record"));
        try {
            List<FingerprintTemplate> templates = FingerprintCompatibility.importTemplates(record);
            List<FingerPosition> positions = InterchangePositions.of(format, record);
            if (positions.size() != templates.size()) {
                throw new TemplateFormatException("the record's finger views could not all be read");
            }
            List<ImportedFinger> fingers = new ArrayList<>();
            for (int i = 0; i < templates.size(); i++) {
                fingers.add(new ImportedFinger(positions.get(i), EncodedTemplate.of(templates.get(i))));
            }
            return fingers;
        } catch (RuntimeException e) {
            if (e instanceof TemplateFormatException known) {
                throw known;
            }
            throw new TemplateFormatException("the template record is corrupt or uses an unsupported option", e);
        }
    }

    /**
     * One record in the given format holding the given templates as successive finger views.
     *
     * @throws TemplateFormatException when a template cannot be expressed in that format (for example
     *     one imported from a record that declared an image height of zero)
     */
    public static byte[] export(InterchangeFormat format, List<EncodedTemplate> templates) {
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("nothing to export");
        }
        FingerprintTemplate[] sourceafis =
                templates.stream().map(EncodedTemplate::sourceafis).toArray(FingerprintTemplate[]::new);
        try {
            return FingerprintCompatibility.exportTemplates(format.library(), sourceafis);
        } catch (RuntimeException e) {
            throw new TemplateFormatException("the template cannot be written as " + format + ": " + e.getMessage(), e);
        }
    }

    /**
     * The template's minutiae as (x, y, direction) triples, from its ISO/IEC 19794-2:2005 export: x and
     * y in pixels from the top-left corner, direction in radians counter-clockwise (the standard's
     * angle). Cheap (tens of microseconds); used by the 1:N index, which works on minutia geometry.
     *
     * @throws TemplateFormatException when the template cannot be exported (see {@link #export})
     */
    public static float[][] minutiae(EncodedTemplate template) {
        byte[] iso = export(InterchangeFormat.ISO_19794_2_2005, List.of(template));
        int count = iso[27] & 0xff;
        float[][] minutiae = new float[count][];
        for (int i = 0; i < count; i++) {
            int at = 28 + 6 * i;
            int x = ((iso[at] & 0x3f) << 8) | (iso[at + 1] & 0xff);
            int y = ((iso[at + 2] & 0x3f) << 8) | (iso[at + 3] & 0xff);
            float direction = (float) ((iso[at + 4] & 0xff) * (2 * Math.PI / 256));
            minutiae[i] = new float[] {x, y, direction};
        }
        return minutiae;
    }

    /**
     * How many minutiae a template holds, read from its ISO/IEC 19794-2:2005 export.
     *
     * @throws TemplateFormatException when the template cannot be exported (see {@link #export})
     */
    public static int minutiaeCount(EncodedTemplate template) {
        byte[] iso = export(InterchangeFormat.ISO_19794_2_2005, List.of(template));
        // 24-byte record header, then the finger view header whose fourth byte is the minutiae count.
        return iso[27] & 0xff;
    }
}
