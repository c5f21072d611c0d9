package mx.huella.insured;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import mx.huella.employer.EmploymentDirectory;
import mx.huella.identifier.Nss;
import mx.huella.registry.Person;
import mx.huella.seal.SealedDocument;
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

    byte[] render(Content content, String certificateNumber) {
        SealedDocument document = new SealedDocument("Constancia de Vigencia de Derechos", content.folio())
                .fact("Nombre", content.person().fullName())
                .fact("CURP", content.person().curp().value())
                .fact("NSS", content.person().nss().map(Nss::value).orElse("—"))
                .fact("Unidad de Medicina Familiar", "La que corresponde a su domicilio registrado")
                .fact(
                        "Vigencia de derechos",
                        content.vigente() ? "VIGENTE" : "NO VIGENTE (sin relación laboral activa)");
        content.employment()
                .ifPresent(e -> document.fact("Registro patronal", e.registro() + " · " + e.employerName()));
        return document.fact("Fecha de expedición", DATE.format(content.issuedAt()))
                .image(qr(content.verificationUrl()), 110)
                .paragraph("Verifique esta constancia en " + content.verificationUrl())
                .sealedWith(content.canonical(), content.seal(), certificateNumber);
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
}
