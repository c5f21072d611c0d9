package mx.huella.employer.movement;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import mx.huella.seal.PdfSignatures;
import mx.huella.seal.PlatformSeal;
import mx.huella.seal.PublicAddress;
import mx.huella.seal.SealedDocument;
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
    private final PdfSignatures signatures;
    private final PublicAddress portal;

    AcuseDocument(PlatformSeal seal, PdfSignatures signatures, PublicAddress portal) {
        this.seal = seal;
        this.signatures = signatures;
        this.portal = portal;
    }

    /**
     * The receipt, PAdES-signed by the platform, with a QR code of its public check (folio and seal in
     * the address, so that a phone pointed at a paper copy sees at once whether it is authentic).
     */
    byte[] render(Employment employment, Movement movement) {
        String check = portal.base() + "/acuses/verificacion?folio="
                + URLEncoder.encode(movement.folio(), StandardCharsets.UTF_8) + "&sello="
                + URLEncoder.encode(movement.seal(), StandardCharsets.UTF_8);
        SealedDocument document = new SealedDocument("Acuse de recibo de movimiento afiliatorio", movement.folio())
                .fact("Movimiento", kind(movement.kind()))
                .fact("Registro patronal", employment.registro())
                .fact("Trabajador", employment.workerName())
                .fact("CURP", employment.curp())
                .fact("NSS", employment.nss().isEmpty() ? "—" : employment.nss())
                .fact("Fecha del movimiento", movement.effectiveDate().toString());
        movement.sbc()
                .ifPresent(sbc -> document.fact("Salario base de cotización", "$" + sbc.toPlainString() + " diarios"));
        movement.terminationCause()
                .ifPresent(cause -> document.fact(
                        "Causa de baja", cause.code() + " · " + cause.name().replace('_', ' ')));
        byte[] pdf = document.fact("Presentado", WHEN.format(movement.filedAt()) + " por " + movement.filedBy())
                .fact("Estado", state(movement))
                .qr(check, 110)
                .paragraph("Verifique este acuse con el código QR o en la página pública de verificación del portal "
                        + "(/acuses/verificacion) con su folio y su sello digital.")
                .sealedWith(movement.canonical(), movement.seal(), seal.certificateNumber());
        return signatures.sign(pdf, "Acuse de recibo " + movement.folio());
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
}
