package mx.huella.employer.movement;

import java.net.URI;
import java.util.Locale;
import mx.huella.employer.MovementException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Movement refusals as RFC 9457 problem+json, in the request's language, naming the field at fault:
 * on every API that meets one (movements, bulk files), ahead of the status page the portal's pages
 * show for them ({@link EmployerPortalErrors}).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class MovementProblems {
    private static final String BASE = "https://huella.example/problems/movement/";
    private final MessageSource messages;

    MovementProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail refused(MovementException e, Locale locale) {
        String slug = e.problem().slug();
        ProblemDetail problem = ProblemDetail.forStatus(e.problem().status());
        problem.setType(URI.create(BASE + slug));
        problem.setTitle(messages.getMessage("problem.movement." + slug + ".title", null, slug, locale));
        // Our own English detail (bounds and dates, never a person's data) when no translation exists.
        problem.setDetail(e.detail(messages, locale));
        problem.setProperty("code", e.problem().name());
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        return problem;
    }
}
