package mx.huella.employer.movement;

import java.util.Map;
import mx.huella.employer.MovementException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A registro or employment outside the employer's reach, on a portal page (movements, bulk files,
 * compliance): the status page, never a trace. API calls get problem+json first ({@link MovementProblems}).
 */
@ControllerAdvice(basePackages = "mx.huella.employer")
class EmployerPortalErrors {
    @ExceptionHandler
    ModelAndView refused(MovementException e) {
        return new ModelAndView(
                "error",
                Map.of("status", e.problem().status().value()),
                e.problem().status());
    }
}
