package mx.huella.registry;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Registry failures as RFC 9457 problem+json, in the request's language. A validation problem lists
 * every broken rule with the field it concerns; the rejected value itself is never echoed.
 */
@RestControllerAdvice(assignableTypes = PersonApiController.class)
class PersonProblems {
    private static final String BASE = "https://huella.example/problems/";
    private final MessageSource messages;

    PersonProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidPersonException e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-person", locale);
        List<Map<String, String>> errors = e.violations().stream()
                .map(v -> Map.of(
                        "field", v.field(), "code", v.code(), "message", messages.getMessage(v.message(), locale)))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler
    ProblemDetail duplicate(DuplicatePersonException e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "duplicate-person", locale);
        problem.setDetail(messages.getMessage("problem.duplicate-person.detail." + e.field(), null, locale));
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(PersonNotFoundException e, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "person-not-found", locale);
    }

    @ExceptionHandler
    ProblemDetail keyReused(IdempotencyKeyReusedException e, Locale locale) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", locale);
    }

    @ExceptionHandler
    ProblemDetail stale(StalePersonException e, Locale locale) {
        return problem(HttpStatus.CONFLICT, "stale-person", locale);
    }

    private ProblemDetail problem(HttpStatus status, String type, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(BASE + type));
        problem.setTitle(messages.getMessage("problem." + type + ".title", null, locale));
        if (problem.getDetail() == null) {
            problem.setDetail(messages.getMessage("problem." + type + ".detail", null, null, locale));
        }
        return problem;
    }
}
