package mx.huella.employer.registration;

import java.util.Locale;
import java.util.Optional;
import mx.huella.identifier.InvalidIdentifierException;
import org.springframework.http.HttpStatus;

/**
 * A registration or change of an employer that is refused, with the request field at fault. Its
 * message is English, for logs; people read the problem's title in their language and, for a
 * malformed RFC or registro, the identifier rule it broke ({@link #identifierMessage(Locale)}).
 */
public class EmployerException extends RuntimeException {
    /** Each refusal, its HTTP status and the slug of its problem type. */
    public enum Problem {
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

        public HttpStatus status() {
            return status;
        }

        public String slug() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
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
}
