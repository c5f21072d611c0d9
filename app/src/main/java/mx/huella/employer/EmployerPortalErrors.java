package mx.huella.employer;

import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A registro or employment outside the employer's reach, on a portal page: the status page, never a trace. */
@ControllerAdvice(assignableTypes = {EmployerPortalController.class, BulkUploadPagesController.class})
class EmployerPortalErrors {
    @ExceptionHandler
    ModelAndView refused(MovementException e) {
        return new ModelAndView(
                "error",
                Map.of("status", e.problem().status().value()),
                e.problem().status());
    }
}
