package mx.huella.employer;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import mx.huella.seal.PlatformSeal;
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

    AcuseDocument(PlatformSeal seal) {
        this.seal = seal;
    }

    byte[] render(Employment employment, Movement movement) {
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
        return document.fact("Presentado", WHEN.format(movement.filedAt()) + " por " + movement.filedBy())
                .fact("Estado", state(movement))
                .paragraph(
                        "Verifique este acuse en la página pública de verificación del portal (/acuses/verificacion) con su "
                                + "folio y su sello digital.")
                .sealedWith(movement.canonical(), movement.seal(), seal.certificateNumber());
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
