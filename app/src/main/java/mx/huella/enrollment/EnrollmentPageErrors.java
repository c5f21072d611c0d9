package mx.huella.enrollment;

import java.util.Locale;
import mx.huella.web.Problems;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal on an enrollment or adjudication page that the page itself does not show (a consent
 * recorded twice, a session or case that does not exist): the error page with the refusal's status
 * and title, never a server error. Ahead of the API's problem+json advice.
 */
@ControllerAdvice(assignableTypes = {EnrollmentPagesController.class, AdjudicationPagesController.class})
@Order(0)
class EnrollmentPageErrors {
    private final Problems problems;

    EnrollmentPageErrors(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler
    ModelAndView refused(EnrollmentException e, Locale locale) {
        return problems.errorPage(e, locale);
    }
}
