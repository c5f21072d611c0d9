package mx.huella.registry;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import mx.huella.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Registry failures as RFC 9457 problem+json, in the request's language. A validation problem lists
 * every broken rule with the field it concerns; the rejected value itself is never echoed.
 */
@RestControllerAdvice(assignableTypes = PersonApiController.class)
class PersonProblems {
    private final Problems problems;
    private final MessageSource messages;

    PersonProblems(Problems problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidPersonException e, Locale locale) {
        ProblemDetail problem = problem(PersonProblem.INVALID_PERSON, locale);
        List<Map<String, String>> errors = e.violations().stream()
                .map(v -> Map.of(
                        "field", v.field(), "code", v.code(), "message", messages.getMessage(v.message(), locale)))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler
    ProblemDetail duplicate(DuplicatePersonException e, Locale locale) {
        ProblemDetail problem = problem(PersonProblem.DUPLICATE_PERSON, locale);
        problem.setDetail(messages.getMessage("problem.duplicate-person.detail." + e.field(), null, locale));
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(PersonNotFoundException e, Locale locale) {
        return problem(PersonProblem.PERSON_NOT_FOUND, locale);
    }

    @ExceptionHandler
    ProblemDetail keyReused(IdempotencyKeyReusedException e, Locale locale) {
        return problem(PersonProblem.IDEMPOTENCY_KEY_REUSED, locale);
    }

    @ExceptionHandler
    ProblemDetail stale(StalePersonException e, Locale locale) {
        return problem(PersonProblem.STALE_PERSON, locale);
    }

    private ProblemDetail problem(PersonProblem type, Locale locale) {
        ProblemDetail problem = problems.of(type, locale);
        problem.setDetail(problems.detail(type, locale));
        return problem;
    }
}
