package mx.huella.web;

import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal on a page that the page itself does not show (a consent recorded twice, a session, case or
 * registro that does not exist or is outside the user's reach): the portal's error page with the
 * refusal's status and title, never a server error or a trace. APIs answer first ({@link RefusalProblems}).
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class RefusalPages {
    private final Problems problems;

    RefusalPages(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler
    ModelAndView refused(Refusal refusal, Locale locale) {
        return problems.errorPage(refusal, locale);
    }
}
