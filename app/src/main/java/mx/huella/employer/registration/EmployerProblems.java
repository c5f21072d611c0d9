package mx.huella.employer.registration;

import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refused employer registrations and changes, and refused reference values, as RFC 9457 problem+json
 * naming the field at fault, on every API that meets one; a malformed RFC or registro is explained in
 * the request's language.
 */
@RestControllerAdvice(annotations = RestController.class)
class EmployerProblems {
    private static final String BASE = "https://huella.example/problems/employer/";
    private final MessageSource messages;

    EmployerProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail refused(EmployerException e, Locale locale) {
        String slug = e.problem().slug();
        ProblemDetail problem = ProblemDetail.forStatus(e.problem().status());
        problem.setType(URI.create(BASE + slug));
        problem.setTitle(messages.getMessage("problem.employer." + slug + ".title", null, slug, locale));
        problem.setDetail(e.identifierMessage(locale).orElse(e.getMessage()));
        problem.setProperty("code", e.problem().name());
        problem.setProperty("field", e.field());
        return problem;
    }
}
