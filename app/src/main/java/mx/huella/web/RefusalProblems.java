package mx.huella.web;

import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every module's refusals as RFC 9457 problem+json, in the request's language. Last in order, so a
 * module's page advice (the error page for its own pages) answers first where it applies.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
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
