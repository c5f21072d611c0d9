package mx.huella.verification;

import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A verification that could not be carried out, as RFC 9457 problem+json, wherever an API verifies a
 * holder (verifications, identifications, biometric signatures). Pages catch it themselves.
 */
@RestControllerAdvice
class VerificationProblems {
    private final MessageSource messages;

    VerificationProblems(MessageSource messages) {
        this.messages = messages;
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
}
