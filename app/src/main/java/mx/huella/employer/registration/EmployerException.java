package mx.huella.employer.registration;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import mx.huella.identifier.InvalidIdentifierException;
import mx.huella.web.ProblemType;
import mx.huella.web.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;

/**
 * A registration or change of an employer that is refused, with the request field at fault. Its
 * message is English, for logs; people read the problem's title in their language and, for a
 * malformed RFC or registro, the identifier rule it broke ({@link #identifierMessage(Locale)}).
 */
public class EmployerException extends Refusal {
    /** Each refusal, its HTTP status and the slug of its problem type. */
    public enum Problem implements ProblemType {
        INVALID_RFC(HttpStatus.UNPROCESSABLE_CONTENT),
        DUPLICATE_RFC(HttpStatus.CONFLICT),
        INVALID_NAME(HttpStatus.UNPROCESSABLE_CONTENT),
        INVALID_EMAIL(HttpStatus.UNPROCESSABLE_CONTENT),
        INVALID_REGISTRO(HttpStatus.UNPROCESSABLE_CONTENT),
        INVALID_WAGE_ZONE(HttpStatus.UNPROCESSABLE_CONTENT),
        REGISTRO_TAKEN(HttpStatus.CONFLICT),
        EMPLOYER_NOT_FOUND(HttpStatus.NOT_FOUND),
        REGISTRO_NOT_FOUND(HttpStatus.NOT_FOUND),
        INVALID_REFERENCE_VALUE(HttpStatus.UNPROCESSABLE_CONTENT),
        DUPLICATE_REFERENCE_VALUE(HttpStatus.CONFLICT),
        REFERENCE_VALUE_NOT_FOUND(HttpStatus.NOT_FOUND);

        private final HttpStatus status;

        Problem(HttpStatus status) {
            this.status = status;
        }

        @Override
        public String area() {
            return "employer";
        }

        @Override
        public HttpStatus status() {
            return status;
        }
    }

    private final Problem problem;
    private final String field;

    public EmployerException(Problem problem, String field, String detail) {
        this(problem, field, detail, null);
    }

    public EmployerException(Problem problem, String field, String detail, Throwable cause) {
        super(detail, cause);
        this.problem = problem;
        this.field = field;
    }

    @Override
    public Problem problem() {
        return problem;
    }

    /** The request field at fault, e.g. {@code rfc} or {@code registros[1].registro}. */
    public String field() {
        return field;
    }

    /** Which identifier rule a malformed RFC or registro broke, in the given language. */
    public Optional<String> identifierMessage(Locale locale) {
        return getCause() instanceof InvalidIdentifierException invalid
                ? Optional.of(invalid.message(locale))
                : Optional.empty();
    }

    /** For a malformed RFC or registro, the identifier rule it broke in the reader's language. */
    @Override
    public String detail(MessageSource messages, Locale locale) {
        return identifierMessage(locale).orElse(getMessage());
    }

    /** The field at fault is always named, null when the refusal is about the whole request. */
    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("field", field);
        return properties;
    }
}
