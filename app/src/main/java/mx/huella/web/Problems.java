package mx.huella.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds every problem+json answer of the portal from a {@link ProblemType}: its type URI, its title
 * from the message catalogue in the reader's language, and a detail. Controller advice uses it for
 * thrown refusals; filters, which run before Spring MVC's own problem handling, write with it; pages
 * show a refusal they do not handle themselves on the error page.
 */
@Component
public class Problems {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;
    private final LocaleResolver locales;

    Problems(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    /** The problem of this type, titled in the locale's language, with no detail yet. */
    public ProblemDetail of(ProblemType type, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(type.status());
        problem.setType(type.type());
        problem.setTitle(messages.getMessage(type.titleKey(), null, type.slug(), locale));
        return problem;
    }

    /** A refusal as its problem: the type's title, the refusal's detail, its code and its own members. */
    public ProblemDetail of(Refusal refusal, Locale locale) {
        ProblemDetail problem = of(refusal.problem(), locale);
        problem.setDetail(refusal.detail(messages, locale));
        problem.setProperty("code", refusal.problem().name());
        refusal.properties().forEach(problem::setProperty);
        return problem;
    }

    /**
     * A refusal on a page that the page itself does not show: the portal's error page with the refusal's
     * status, its title and, where the catalogue has one, its detail; never a server error or a trace.
     */
    public ModelAndView errorPage(Refusal refusal, Locale locale) {
        ProblemType type = refusal.problem();
        Map<String, Object> model = new HashMap<>();
        model.put("status", type.status().value());
        model.put("problemTitle", type.titleKey());
        refusal.pageDetail(messages, locale).ifPresent(detail -> model.put("problemDetail", detail));
        return new ModelAndView("error", model, type.status());
    }

    /** The type's catalogue detail with these arguments, or null where the catalogue has none. */
    public String detail(ProblemType type, Locale locale, Object... arguments) {
        return messages.getMessage(type.detailKey(), arguments, null, locale);
    }

    /**
     * Writes the problem of this type, with its catalogue detail, as the whole response: for filters.
     * A 401 names the HTTP Basic realm, so clients know how to authenticate.
     */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, Object... arguments)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        ProblemDetail problem = of(type, locale);
        problem.setDetail(detail(type, locale, arguments));
        response.setStatus(type.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (type.status() == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"huella\"");
        }
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
