package mx.huella.web;

import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every module's refusals met by an API ({@code @RestController}) as RFC 9457 problem+json, in the
 * request's language; first in order, ahead of the error page that pages show ({@link RefusalPages}).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RefusalProblems {
    private final Problems problems;

    RefusalProblems(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler
    ProblemDetail refused(Refusal refusal, Locale locale) {
        return problems.of(refusal, locale);
    }
}
