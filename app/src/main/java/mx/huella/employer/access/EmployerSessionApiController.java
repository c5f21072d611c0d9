package mx.huella.employer.access;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Base64;
import java.util.UUID;
import mx.huella.employer.efirma.EfirmaException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * API sign-in for employers' systems: a challenge to sign with the e.firma (or a delegate's password
 * and TOTP code) in exchange for a thirty-minute bearer token.
 */
@RestController
@Tag(name = "Sesiones de patrón", description = "Token de API con e.firma o con usuario delegado y TOTP")
class EmployerSessionApiController {
    private final EmployerSignIn signIn;
    private final EmployerTokens tokens;

    EmployerSessionApiController(EmployerSignIn signIn, EmployerTokens tokens) {
        this.signIn = signIn;
        this.tokens = tokens;
    }

    record SessionRequest(
            UUID challengeId, String certificate, String signature, String username, String password, String code) {}

    @PostMapping(path = "/api/v1/employer-sessions/challenge", produces = "application/json")
    @Operation(summary = "Reto de un solo uso (2 minutos) que el patrón firma con su e.firma (SHA256withRSA)")
    EmployerSignIn.Challenge challenge() {
        return signIn.challenge();
    }

    @PostMapping(path = "/api/v1/employer-sessions", consumes = "application/json", produces = "application/json")
    @Operation(
            summary =
                    "Token de 30 minutos: con certificado y firma del reto, o con usuario delegado, contraseña y código TOTP")
    ResponseEntity<EmployerTokens.Issued> session(@RequestBody SessionRequest request, HttpServletRequest http) {
        EmployerUser user = request.username() != null
                ? signIn.asDelegate(request.username(), request.password(), request.code(), http.getRemoteAddr())
                : signIn.withEfirma(
                        request.challengeId(),
                        decode(request.certificate()),
                        decode(request.signature()),
                        http.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.CREATED).body(tokens.issue(user));
    }

    @ExceptionHandler
    ProblemDetail refused(EfirmaException e) {
        ProblemDetail problem = ProblemDetail.forStatus(
                e.refusal() == mx.huella.employer.efirma.EfirmaRefusal.THROTTLED
                        ? HttpStatus.TOO_MANY_REQUESTS
                        : HttpStatus.UNAUTHORIZED);
        problem.setType(java.net.URI.create(
                "https://huella.example/problems/efirma/" + e.refusal().name().toLowerCase(java.util.Locale.ROOT)));
        problem.setTitle("e.firma refused");
        problem.setProperty("code", e.refusal().name());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail refused(EmployerSignIn.DelegateSignInException e) {
        ProblemDetail problem = ProblemDetail.forStatus(
                e.refusal() == EmployerSignIn.DelegateRefusal.THROTTLED
                        ? HttpStatus.TOO_MANY_REQUESTS
                        : HttpStatus.UNAUTHORIZED);
        problem.setType(java.net.URI.create(
                "https://huella.example/problems/delegate/" + e.refusal().name().toLowerCase(java.util.Locale.ROOT)));
        problem.setTitle("Delegate sign-in refused");
        problem.setProperty("code", e.refusal().name());
        return problem;
    }

    private static byte[] decode(String base64) {
        try {
            return base64 == null || base64.length() > 16_384
                    ? new byte[0]
                    : Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }
}
