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
import mx.huella.biometric.SampleVault;
import mx.huella.engine.fingerprint.EncodedTemplate;
import mx.huella.engine.fingerprint.FingerPosition;
import mx.huella.engine.fingerprint.GrayImage;
import mx.huella.engine.fingerprint.TemplateInterchange;
import mx.huella.engine.fingerprint.decode.FingerprintDecoder;
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
    private final FingerprintDecoder decoder = new FingerprintDecoder();

    FingerComparisonImages(JdbcClient jdbc, SampleVault vault, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.audit = audit;
        this.clock = clock;
    }

    /** Which side of the comparison. */
    enum Side {
        PROBE,
        CANDIDATE
    }

    /** The finger's image with its minutiae as PNG, when the case has it and it is still kept. */
    @Transactional
    Optional<byte[]> png(UUID caseId, FingerPosition position, Side side, Actor analyst) {
        Optional<UUID> sample = sample(caseId, position, side);
        Optional<byte[]> image = sample.flatMap(vault::image);
        if (image.isEmpty()) {
            return Optional.empty();
        }
        EncodedTemplate template = vault.fingers(List.of(sample.get())).get(position);
        audit.record(new AuditEntry(
                clock.instant(),
                analyst.name(),
                "FINGER_IMAGE_VIEWED",
                caseId.toString(),
                side + "/" + position.code(),
                analyst.channel()));
        return Optional.of(draw(decoder.decode(image.get()).get(0).image(), template));
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
        return sample(caseId, 0, side).isPresent();
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

    private static byte[] draw(GrayImage image, EncodedTemplate template) {
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
