package mx.huella.appointment;

import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused booking or cancellation as RFC 9457 problem+json; a restriction says its state and dates. */
@RestControllerAdvice(assignableTypes = AppointmentApiController.class)
class AppointmentProblems {
    private final MessageSource messages;

    AppointmentProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail refused(AppointmentException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status(e.problem()));
        String slug = e.problem().name().toLowerCase(Locale.ROOT).replace('_', '-');
        problem.setType(URI.create("https://huella.example/problems/appointment/" + slug));
        problem.setTitle(
                messages.getMessage("appointment.problem." + e.problem().name(), null, slug, locale));
        problem.setDetail(e.getMessage());
        problem.setProperty("code", e.problem().name());
        if (e.problem() == AppointmentException.Problem.RESTRICTED) {
            problem.setProperty("restriction", e.restriction().state().name());
            e.restriction().deadline().ifPresent(deadline -> problem.setProperty("deadline", deadline.toString()));
            e.restriction().suspensionOn().ifPresent(day -> problem.setProperty("suspensionOn", day.toString()));
        }
        return problem;
    }

    private static HttpStatus status(AppointmentException.Problem problem) {
        return switch (problem) {
            case UNKNOWN_CLINIC, NOT_FOUND -> HttpStatus.NOT_FOUND;
            case NOT_A_SLOT -> HttpStatus.UNPROCESSABLE_CONTENT;
            case RESTRICTED, NOT_YOUR_CLINIC, SLOT_FULL, ALREADY_BOOKED -> HttpStatus.CONFLICT;
        };
    }
}
