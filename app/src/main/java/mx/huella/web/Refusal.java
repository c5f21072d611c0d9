package mx.huella.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;

/**
 * A request the rules refuse, of a known {@link ProblemType}. Its message is English, for logs and
 * tests; people read the type's title in their language and {@link #detail(MessageSource, Locale)}.
 * The API answers it as problem+json ({@link RefusalProblems}); a page shows it on the error page.
 */
public abstract class Refusal extends RuntimeException {
    protected Refusal(String message) {
        super(message);
    }

    protected Refusal(String message, Throwable cause) {
        super(message, cause);
    }

    public abstract ProblemType problem();

    /** The detail in the reader's language; the English message where the refusal has no translation. */
    public String detail(MessageSource messages, Locale locale) {
        return getMessage();
    }

    /**
     * The detail a page shows under the title, in the reader's language, where the catalogue has one: by
     * default the type's catalogue detail (which then takes no arguments).
     */
    public Optional<String> pageDetail(MessageSource messages, Locale locale) {
        return Optional.ofNullable(messages.getMessage(problem().detailKey(), null, null, locale));
    }

    /** Members the problem carries beyond its type, title, detail and code (e.g. the field at fault). */
    public Map<String, Object> properties() {
        return Map.of();
    }
}
