package mx.huella.enrollment;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal on an enrollment or adjudication page that the page itself does not show (a consent
 * recorded twice, a session or case that does not exist): the error page with the refusal's status
 * and title, never a server error.
 */
@ControllerAdvice(assignableTypes = {EnrollmentPagesController.class, AdjudicationPagesController.class})
class EnrollmentPageErrors {
    private final MessageSource messages;

    EnrollmentPageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ModelAndView refused(EnrollmentException e) {
        String key = "problem.enrollment." + e.problem().slug();
        Map<String, Object> model = new HashMap<>();
        model.put("status", e.problem().status().value());
        model.put("problemTitle", key + ".title");
        if (messages.getMessage(key + ".detail", null, null, LocaleContextHolder.getLocale()) != null) {
            model.put("problemDetail", key + ".detail");
        }
        return new ModelAndView("error", model, e.problem().status());
    }
}
