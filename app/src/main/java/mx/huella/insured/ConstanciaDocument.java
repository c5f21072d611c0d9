package mx.huella.insured;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
                .qr(content.verificationUrl(), 110)
                .paragraph("Verifique esta constancia en " + content.verificationUrl())
                .sealedWith(content.canonical(), content.seal(), certificateNumber);
    }
}
