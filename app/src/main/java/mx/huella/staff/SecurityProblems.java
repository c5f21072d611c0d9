package mx.huella.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the security layer's refusals (401, 403, 429) as problem+json in the client's language.
 * These answers are produced by filters, before Spring MVC's own problem handling can run.
 */
@Component
class SecurityProblems {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;
    private final LocaleResolver locales;

    SecurityProblems(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    /**
     * @param kind the problem's short name: {@code unauthenticated}, {@code locked}, {@code forbidden}
     *     or {@code throttled}; its title and detail come from the message bundles
     */
    void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String kind,
            Object... arguments)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("https://huella.example/problems/" + kind));
        problem.setTitle(messages.getMessage("problem." + kind + ".title", null, locale));
        problem.setDetail(messages.getMessage("problem." + kind + ".detail", arguments, locale));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"huella\"");
        }
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
