package mx.huella.signature;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import mx.huella.verification.VerificationRequests;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Biometric signatures over the API (a counter or kiosk signs for the holder present) and the public
 * check of evidence; the page of the check is {@link SignaturePagesController}.
 */
@RestController
@Tag(name = "Firma biométrica", description = "Evidencia firmada (JWS) de una firma con huella, y su verificación")
class SignatureApiController {
    private final SignatureEvidence evidence;

    SignatureApiController(SignatureEvidence evidence) {
        this.evidence = evidence;
    }

    @PostMapping(path = "/api/v1/signatures", consumes = "multipart/form-data", produces = "application/json")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'SUPERVISOR', 'KIOSK')")
    @Operation(
            summary = "Firma biométrica de un documento",
            description =
                    "claim (CURP o NSS), finger1..finger10 y document (el archivo firmado), purpose opcional. Con MATCH"
                            + " responde la evidencia JWS (RS256, certificado de la plataforma en x5c).")
    ResponseEntity<SignatureEvidence.Issued> sign(
            @RequestParam String claim,
            @RequestParam(defaultValue = "") String purpose,
            MultipartHttpServletRequest request,
            Authentication caller)
            throws IOException {
        MultipartFile document = request.getFile("document");
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(evidence.sign(
                        claim,
                        VerificationRequests.fingers(request, Set.of("document")),
                        document == null ? null : document.getBytes(),
                        purpose,
                        VerificationRequests.context(request, caller)));
    }

    @PostMapping(path = "/api/v1/signatures/verification", produces = "application/json")
    @Operation(summary = "Verifica una evidencia (y, si se envía, que el documento sea el firmado); público")
    SignatureEvidence.Check verify(
            @RequestParam String evidence, @RequestParam(name = "document", required = false) MultipartFile document)
            throws IOException {
        return this.evidence.check(evidence, document == null ? null : document.getBytes());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notSigned(SignatureEvidence.NotSigned e) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        problem.setType(URI.create("https://huella.example/problems/signature/not-signed"));
        problem.setTitle("Not signed: the holder's verification did not match");
        problem.setProperty("code", "NOT_SIGNED");
        problem.setProperty("decision", e.decision());
        return ResponseEntity.unprocessableContent().body(problem);
    }
}
