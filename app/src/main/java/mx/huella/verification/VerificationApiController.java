package mx.huella.verification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Verification over {@code /api/v1}: staff at a counter, and registered clinic kiosks
 * ({@code /api/v1/kiosk/…}, authenticated as devices). Finger files come as multipart parts named
 * {@code finger1} … {@code finger10} by ISO position. Errors are problem+json.
 */
@RestController
@Tag(name = "Verificación de identidad", description = "1:1 con CURP o NSS y huellas o rostro; 1:N sin afirmación")
class VerificationApiController {
    private final VerificationService verifications;

    VerificationApiController(VerificationService verifications) {
        this.verifications = verifications;
    }

    @PostMapping(
            path = {"/api/v1/verifications", "/api/v1/kiosk/verifications"},
            consumes = "multipart/form-data",
            produces = "application/json")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'SUPERVISOR', 'KIOSK')")
    @Operation(
            summary = "Verificación 1:1",
            description =
                    "claim: CURP o NSS; partes finger1..finger10 con la imagen de cada dedo (0 a 4) y/o face con una foto"
                            + " del rostro (PNG o JPEG). Responde MATCH, NO_MATCH o NOT_ENROLLED y la banda de puntaje (con"
                            + " huellas y rostro, la evidencia de ambos se combina). Cinco intentos fallidos en 15 minutos"
                            + " bloquean la identidad 15 minutos (423).")
    VerificationService.Result verify(
            @RequestParam String claim, MultipartHttpServletRequest request, Authentication caller) throws IOException {
        return verifications.verify(
                claim,
                VerificationRequests.fingers(request, Set.of("face")),
                VerificationRequests.face(request),
                VerificationRequests.context(request, caller));
    }

    @PostMapping(
            path = {"/api/v1/identifications", "/api/v1/kiosk/identifications"},
            consumes = "multipart/form-data",
            produces = "application/json")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'SUPERVISOR', 'KIOSK')")
    @Operation(summary = "Identificación 1:N sin afirmación (quiosco): la persona encontrada, si la hay")
    VerificationService.Result identify(MultipartHttpServletRequest request, Authentication caller) throws IOException {
        return verifications.identify(
                VerificationRequests.fingers(request, Set.of()), VerificationRequests.context(request, caller));
    }
}
