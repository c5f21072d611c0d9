package mx.huella.employer;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import mx.huella.seal.PlatformSeal;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * The acuse (receipt) of a movement as a PDF, in Spanish: what was filed, when and by whom, its
 * state, and the cadena original with the platform's seal, which the public verification page checks.
 */
@Component
class AcuseDocument {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'hora del centro'")
            .withZone(ZoneId.of("America/Mexico_City"));
    private final PlatformSeal seal;

    AcuseDocument(PlatformSeal seal) {
        this.seal = seal;
    }

    byte[] render(Employment employment, Movement movement) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, 54, 54, 54, 54);
        PdfWriter.getInstance(document, out);
        document.addTitle("Acuse " + movement.folio());
        document.addCreator("Huella");
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
        Font label = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
        Font text = FontFactory.getFont(FontFactory.HELVETICA, 9);
        Font small = FontFactory.getFont(FontFactory.COURIER, 7);
        document.add(new Paragraph("Acuse de recibo de movimiento afiliatorio", title));
        document.add(new Paragraph("Folio " + movement.folio(), label));
        document.add(Chunk.NEWLINE);
        PdfPTable table = new PdfPTable(new float[] {1.2f, 2.8f});
        table.setWidthPercentage(100);
        row(table, "Movimiento", kind(movement.kind()), label, text);
        row(table, "Registro patronal", employment.registro(), label, text);
        row(table, "Trabajador", employment.workerName(), label, text);
        row(table, "CURP", employment.curp(), label, text);
        row(table, "NSS", employment.nss().isEmpty() ? "—" : employment.nss(), label, text);
        row(table, "Fecha del movimiento", movement.effectiveDate().toString(), label, text);
        movement.sbc()
                .ifPresent(sbc ->
                        row(table, "Salario base de cotización", "$" + sbc.toPlainString() + " diarios", label, text));
        movement.terminationCause()
                .ifPresent(cause -> row(
                        table,
                        "Causa de baja",
                        cause.code() + " · " + cause.name().replace('_', ' '),
                        label,
                        text));
        row(table, "Presentado", WHEN.format(movement.filedAt()) + " por " + movement.filedBy(), label, text);
        row(table, "Estado", state(movement), label, text);
        document.add(table);
        document.add(Chunk.NEWLINE);
        document.add(new Paragraph("Cadena original", label));
        document.add(new Paragraph(movement.canonical(), small));
        document.add(
                new Paragraph("Sello digital (SHA256withRSA, certificado " + seal.certificateNumber() + ")", label));
        document.add(new Paragraph(movement.seal(), small));
        Paragraph verify = new Paragraph(
                "Verifique este acuse en la página pública de verificación del portal (/acuses/verificacion) con su "
                        + "folio y su sello digital.",
                text);
        verify.setAlignment(Element.ALIGN_LEFT);
        document.add(Chunk.NEWLINE);
        document.add(verify);
        document.close();
        return out.toByteArray();
    }

    private static String state(Movement movement) {
        if (movement.pendingBiometrics()) {
            return "Recibido; pendiente de biometría: surtirá efecto cuando la persona complete su enrolamiento";
        }
        return "Efectivo"
                + movement.effectiveAt().map(at -> " desde " + WHEN.format(at)).orElse("");
    }

    private static String kind(MovementKind kind) {
        return switch (kind) {
            case ALTA -> "Alta";
            case BAJA -> "Baja";
            case MODIFICACION_SALARIO -> "Modificación de salario";
        };
    }

    private static void row(PdfPTable table, String name, String value, Font label, Font text) {
        PdfPCell left = new PdfPCell(new Phrase(name, label));
        PdfPCell right = new PdfPCell(new Phrase(value, text));
        left.setBorderWidth(0.3f);
        right.setBorderWidth(0.3f);
        left.setPadding(4);
        right.setPadding(4);
        table.addCell(left);
        table.addCell(right);
    }
}
