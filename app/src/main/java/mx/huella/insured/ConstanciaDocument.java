package mx.huella.insured;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import mx.huella.employer.EmploymentDirectory;
import mx.huella.identifier.Nss;
import mx.huella.registry.Person;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/** The Constancia as a PDF in Spanish, with its cadena original, the platform's seal and a QR code. */
@Component
class ConstanciaDocument {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm 'hora del centro'")
            .withZone(ZoneId.of("America/Mexico_City"));

    record Content(
            String folio,
            Person person,
            boolean vigente,
            Optional<EmploymentDirectory.PersonEmployment> employment,
            Instant issuedAt,
            String canonical,
            String seal,
            String verificationUrl) {}

    byte[] render(Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, 54, 54, 54, 54);
        PdfWriter.getInstance(document, out);
        document.addTitle("Constancia de Vigencia de Derechos " + content.folio());
        document.addCreator("Huella");
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
        Font label = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
        Font text = FontFactory.getFont(FontFactory.HELVETICA, 9);
        Font small = FontFactory.getFont(FontFactory.COURIER, 7);
        document.add(new Paragraph("Constancia de Vigencia de Derechos", title));
        document.add(new Paragraph("Folio " + content.folio(), label));
        document.add(Chunk.NEWLINE);
        PdfPTable table = new PdfPTable(new float[] {1.3f, 2.7f});
        table.setWidthPercentage(100);
        row(table, "Nombre", content.person().fullName(), label, text);
        row(table, "CURP", content.person().curp().value(), label, text);
        row(table, "NSS", content.person().nss().map(Nss::value).orElse("—"), label, text);
        row(table, "Unidad de Medicina Familiar", "La que corresponde a su domicilio registrado", label, text);
        row(
                table,
                "Vigencia de derechos",
                content.vigente() ? "VIGENTE" : "NO VIGENTE (sin relación laboral activa)",
                label,
                text);
        content.employment()
                .ifPresent(e -> row(table, "Registro patronal", e.registro() + " · " + e.employerName(), label, text));
        row(table, "Fecha de expedición", DATE.format(content.issuedAt()), label, text);
        document.add(table);
        document.add(Chunk.NEWLINE);
        Image qr;
        try {
            qr = Image.getInstance(qr(content.verificationUrl()), null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot place the QR code", e);
        }
        qr.scaleAbsolute(110, 110);
        document.add(qr);
        document.add(new Paragraph("Verifique esta constancia en " + content.verificationUrl(), text));
        document.add(Chunk.NEWLINE);
        document.add(new Paragraph("Cadena original", label));
        document.add(new Paragraph(content.canonical(), small));
        document.add(new Paragraph("Sello digital (SHA256withRSA)", label));
        document.add(new Paragraph(content.seal(), small));
        document.close();
        return out.toByteArray();
    }

    private static java.awt.Image qr(String url) {
        try {
            BitMatrix matrix =
                    new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 240, 240, Map.of(EncodeHintType.MARGIN, 1));
            BufferedImage image =
                    new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
            return image;
        } catch (WriterException e) {
            throw new IllegalStateException("cannot draw the verification QR code", e);
        }
    }

    private static void row(PdfPTable table, String name, String value, Font label, Font text) {
        PdfPCell left = new PdfPCell(new Phrase(name, label));
        PdfPCell right = new PdfPCell(new Phrase(value, text));
        left.setPadding(4);
        right.setPadding(4);
        table.addCell(left);
        table.addCell(right);
    }
}
