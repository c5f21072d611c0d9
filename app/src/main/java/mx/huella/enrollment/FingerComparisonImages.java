package mx.huella.enrollment;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import mx.huella.audit.Actor;
import mx.huella.audit.AuditEntry;
import mx.huella.audit.AuditLog;
import mx.huella.biometric.BiometricGallery;
import mx.huella.biometric.FingerReader;
import mx.huella.biometric.SampleVault;
import mx.huella.engine.fingerprint.EncodedTemplate;
import mx.huella.engine.fingerprint.FingerPosition;
import mx.huella.engine.fingerprint.GrayImage;
import mx.huella.engine.fingerprint.TemplateInterchange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The finger images an analyst compares in a case: the enrolling person's capture and the matched
 * person's enrolled one for the same finger, each with its minutiae drawn over it (a circle at each
 * minutia and a tick along its direction). Only while the raw images are kept (the adjudication
 * period); every image shown is audited.
 */
@Service
class FingerComparisonImages {
    /** SourceAFIS keeps minutiae at 500 dpi whatever the image's resolution. */
    private static final double TEMPLATE_DPI = 500;

    private final JdbcClient jdbc;
    private final SampleVault vault;
    private final AuditLog audit;
    private final Clock clock;
    private final FingerReader reader;

    private final BiometricGallery gallery;

    FingerComparisonImages(
            JdbcClient jdbc,
            SampleVault vault,
            BiometricGallery gallery,
            FingerReader reader,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.gallery = gallery;
        this.reader = reader;
        this.audit = audit;
        this.clock = clock;
    }

    /** Which side of the comparison. */
    enum Side {
        PROBE,
        CANDIDATE
    }

    /**
     * The finger's image with its minutiae as PNG. Once the image is purged (or for a person imported
     * without samples), the minutiae of the template alone, on a blank canvas: the templates stay, and
     * most matched persons were enrolled long before the case.
     */
    @Transactional
    Optional<byte[]> png(UUID caseId, FingerPosition position, Side side, Actor analyst) {
        Optional<UUID> sample = sample(caseId, position, side);
        Optional<byte[]> image = sample.flatMap(vault::image);
        Optional<EncodedTemplate> template = sample.map(
                        id -> vault.fingers(List.of(id)).get(position))
                .or(() -> side == Side.CANDIDATE ? enrolledTemplate(caseId, position) : Optional.empty());
        if (template.isEmpty()) {
            return Optional.empty();
        }
        audit.record(new AuditEntry(
                clock.instant(),
                analyst.name(),
                "FINGER_IMAGE_VIEWED",
                caseId.toString(),
                side + "/" + position.code(),
                analyst.channel()));
        return Optional.of(
                image.isPresent()
                        ? draw(reader.decode(image.get()).get(0).image(), template.get(), false)
                        : draw(blankFor(template.get()), template.get(), true));
    }

    /** The matched person's enrolled template at the position, whatever became of its samples. */
    private Optional<EncodedTemplate> enrolledTemplate(UUID caseId, FingerPosition position) {
        return jdbc.sql("""
                select b.subject_id from enrollment.duplicate_case c
                join enrollment.biometric_status b on b.person_id = c.matched_person where c.id = :id
                """)
                .param("id", caseId)
                .query(UUID.class)
                .optional()
                .map(subject -> gallery.enrolledFingers(subject, java.util.Set.of(position)))
                .map(fingers -> fingers.get(position));
    }

    /** A white 500 dpi canvas that holds every minutia of the template with a margin. */
    private static GrayImage blankFor(EncodedTemplate template) {
        int width = 240;
        int height = 320;
        for (float[] minutia : TemplateInterchange.minutiae(template)) {
            width = Math.max(width, (int) minutia[0] + 40);
            height = Math.max(height, (int) minutia[1] + 40);
        }
        byte[] white = new byte[width * height];
        java.util.Arrays.fill(white, (byte) 0xff);
        return new GrayImage(width, height, TEMPLATE_DPI, white);
    }

    /** The face photo of one side of the case as it was taken (PNG or JPEG), while it is kept. */
    @Transactional
    Optional<byte[]> face(UUID caseId, Side side, Actor analyst) {
        Optional<byte[]> photo = sample(caseId, 0, side).flatMap(vault::image);
        photo.ifPresent(bytes -> audit.record(new AuditEntry(
                clock.instant(),
                analyst.name(),
                "FACE_IMAGE_VIEWED",
                caseId.toString(),
                side.name(),
                analyst.channel())));
        return photo;
    }

    /** Whether a side of the case has a face photo still kept; reads no image and audits nothing. */
    @Transactional(readOnly = true)
    boolean hasFace(UUID caseId, Side side) {
        return sample(caseId, 0, side).filter(vault::hasImage).isPresent();
    }

    private Optional<UUID> sample(UUID caseId, FingerPosition position, Side side) {
        return sample(caseId, position.code(), side);
    }

    private Optional<UUID> sample(UUID caseId, int position, Side side) {
        Optional<UUID> session = side == Side.PROBE
                ? jdbc.sql("select session_id from enrollment.duplicate_case where id = :id")
                        .param("id", caseId)
                        .query(UUID.class)
                        .optional()
                : jdbc.sql("""
                    select s.id from enrollment.duplicate_case c join enrollment.session s on s.person_id = c.matched_person
                    where c.id = :id and s.state = 'SUBMITTED' order by s.submitted_at desc limit 1
                    """).param("id", caseId).query(UUID.class).optional();
        return session.flatMap(
                id -> SessionProgress.read(jdbc, id, null, null, null).bestSample(position));
    }

    private static byte[] draw(GrayImage image, EncodedTemplate template, boolean minutiaeOnly) {
        BufferedImage canvas = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_RGB);
        byte[] pixels = image.pixels();
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                int grey = pixels[y * image.width() + x] & 0xff;
                canvas.setRGB(x, y, grey << 16 | grey << 8 | grey);
            }
        }
        Graphics2D g = canvas.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xd0, 0x1c, 0x1c));
        g.setStroke(new BasicStroke(1.5f));
        double scale = image.dpi() / TEMPLATE_DPI;
        for (float[] minutia : TemplateInterchange.minutiae(template)) {
            double x = minutia[0] * scale;
            double y = minutia[1] * scale;
            g.drawOval((int) Math.round(x - 4), (int) Math.round(y - 4), 8, 8);
            g.drawLine((int) Math.round(x), (int) Math.round(y), (int) Math.round(x + 10 * Math.cos(minutia[2])), (int)
                    Math.round(y - 10 * Math.sin(minutia[2])));
        }
        if (minutiaeOnly) {
            // No text (fonts are not guaranteed on a headless server): a dashed frame marks a canvas
            // that holds the template's minutiae only, the image having been purged.
            g.setColor(Color.GRAY);
            g.setStroke(
                    new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f));
            g.drawRect(2, 2, image.width() - 5, image.height() - 5);
        }
        g.dispose();
        try {
            var out = new ByteArrayOutputStream();
            ImageIO.write(canvas, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
