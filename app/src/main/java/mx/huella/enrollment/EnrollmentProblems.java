package mx.huella.enrollment;

import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Enrollment refusals as RFC 9457 problem+json, in the request's language. */
@RestControllerAdvice(
        assignableTypes = {EnrollmentApiController.class, AdjudicationApiController.class, StationApiController.class})
class EnrollmentProblems {
    static final String BASE = "https://huella.example/problems/enrollment/";
    private final MessageSource messages;

    EnrollmentProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail refused(EnrollmentException e, Locale locale) {
        String slug = e.problem().slug();
        ProblemDetail problem = ProblemDetail.forStatus(e.problem().status());
        problem.setType(URI.create(BASE + slug));
        problem.setTitle(messages.getMessage("problem.enrollment." + slug + ".title", null, slug, locale));
        // Our own English detail when no translated one exists; it never carries sample bytes or personal data.
        problem.setDetail(messages.getMessage("problem.enrollment." + slug + ".detail", null, e.detail(), locale));
        problem.setProperty("code", e.problem().name());
        return problem;
    }
}
