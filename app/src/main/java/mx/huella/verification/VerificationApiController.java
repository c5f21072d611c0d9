package mx.huella.verification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import mx.huella.device.Device;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Verification over {@code /api/v1}: staff at a counter, and registered clinic kiosks
 * ({@code /api/v1/kiosk/…}, authenticated as devices). Finger files come as multipart parts named
 * {@code finger1} … {@code finger10} by ISO position. Errors are problem+json.
 */
@RestController
@Tag(name = "Verificación de identidad", description = "1:1 con CURP o NSS y huellas; 1:N sin afirmación")
class VerificationApiController {
    static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    private final VerificationService verifications;
    private final MessageSource messages;

    VerificationApiController(VerificationService verifications, MessageSource messages) {
        this.verifications = verifications;
        this.messages = messages;
    }

    @PostMapping(
            path = {"/api/v1/verifications", "/api/v1/kiosk/verifications"},
            consumes = "multipart/form-data",
            produces = "application/json")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'SUPERVISOR', 'KIOSK')")
    @Operation(
            summary = "Verificación 1:1",
            description =
                    "claim: CURP o NSS; partes finger1..finger10 con la imagen de cada dedo (1 a 4). Responde MATCH, NO_MATCH o"
                            + " NOT_ENROLLED y la banda de puntaje. Cinco intentos fallidos en 15 minutos bloquean la identidad 15 minutos (423).")
    VerificationService.Result verify(
            @RequestParam String claim, MultipartHttpServletRequest request, Authentication caller) throws IOException {
        return verifications.verify(claim, fingers(request), context(request, caller));
    }

    @PostMapping(
            path = {"/api/v1/identifications", "/api/v1/kiosk/identifications"},
            consumes = "multipart/form-data",
            produces = "application/json")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'SUPERVISOR', 'KIOSK')")
    @Operation(summary = "Identificación 1:N sin afirmación (quiosco): la persona encontrada, si la hay")
    VerificationService.Result identify(MultipartHttpServletRequest request, Authentication caller) throws IOException {
        return verifications.identify(fingers(request), context(request, caller));
    }

    @ExceptionHandler
    ProblemDetail refused(VerificationException e, Locale locale) {
        String slug = e.problem().slug();
        ProblemDetail problem = ProblemDetail.forStatus(e.problem().status());
        problem.setType(URI.create("https://huella.example/problems/verification/" + slug));
        problem.setTitle(messages.getMessage("problem.verification." + slug + ".title", null, slug, locale));
        problem.setDetail(e.getMessage());
        problem.setProperty("code", e.problem().name());
        return problem;
    }

    private static Map<Integer, byte[]> fingers(MultipartHttpServletRequest request) throws IOException {
        Map<Integer, byte[]> fingers = new TreeMap<>();
        for (Map.Entry<String, MultipartFile> part : request.getFileMap().entrySet()) {
            String name = part.getKey();
            if (!name.matches("finger(10|[1-9])")) {
                throw new VerificationException(
                        VerificationException.Problem.NOT_A_FINGER, "parts are finger1 to finger10");
            }
            if (part.getValue().getSize() > MAX_FILE_BYTES) {
                throw new VerificationException(
                        VerificationException.Problem.UNREADABLE_SAMPLE, "a finger file is at most 20 MB");
            }
            fingers.put(Integer.parseInt(name.substring(6)), part.getValue().getBytes());
        }
        return fingers;
    }

    private static VerificationService.Context context(HttpServletRequest request, Authentication caller) {
        if (caller.getPrincipal() instanceof Device device) {
            return new VerificationService.Context("KIOSK", device.label(), device.actorName(), device.actorName());
        }
        return new VerificationService.Context(
                "API", null, caller.getName(), caller.getName() + "@" + request.getRemoteAddr());
    }
}
