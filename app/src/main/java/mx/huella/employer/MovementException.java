package mx.huella.employer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import mx.huella.web.ProblemType;
import mx.huella.web.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;

/** A movement the institute's rules refuse, with the field it concerns when there is one. */
public class MovementException extends Refusal {
    /** Each refusal, its HTTP status and the slug of its problem type. */
    public enum Problem implements ProblemType {
        REGISTRO_NOT_FOUND(HttpStatus.NOT_FOUND),
        NOT_YOUR_REGISTRO(HttpStatus.FORBIDDEN),
        EMPLOYMENT_NOT_FOUND(HttpStatus.NOT_FOUND),
        PERSON_NOT_FOUND(HttpStatus.UNPROCESSABLE_CONTENT),
        IDENTIFIERS_DISAGREE(HttpStatus.UNPROCESSABLE_CONTENT),
        INVALID_FIELD(HttpStatus.UNPROCESSABLE_CONTENT),
        SBC_BELOW_MINIMUM(HttpStatus.UNPROCESSABLE_CONTENT),
        SBC_ABOVE_MAXIMUM(HttpStatus.UNPROCESSABLE_CONTENT),
        DATE_OUT_OF_RANGE(HttpStatus.UNPROCESSABLE_CONTENT),
        NO_REFERENCE_VALUES(HttpStatus.UNPROCESSABLE_CONTENT),
        ALREADY_EMPLOYED(HttpStatus.CONFLICT),
        NOT_ACTIVE(HttpStatus.CONFLICT);

        private final HttpStatus status;

        Problem(HttpStatus status) {
            this.status = status;
        }

        @Override
        public String area() {
            return "movement";
        }

        @Override
        public HttpStatus status() {
            return status;
        }
    }

    private final Problem problem;
    private final String field;
    private final String detailKey;
    private final Object[] arguments;

    public MovementException(Problem problem, String field, String detail) {
        this(problem, field, detail, null);
    }

    /**
     * A refusal whose detail people read in their language: message {@code problem.movement.<detailKey>.detail}
     * with these arguments (an argument that is itself a message resolves too).
     */
    public MovementException(Problem problem, String field, String detail, String detailKey, Object... arguments) {
        super(detail);
        this.problem = problem;
        this.field = field;
        this.detailKey = detailKey;
        this.arguments = arguments.clone();
    }

    /** Whether the detail has a translation, beyond the English one of {@link #getMessage()}. */
    public boolean localized() {
        return detailKey != null;
    }

    /** The detail in the locale's language where translated, else the English one. */
    @Override
    public String detail(MessageSource messages, Locale locale) {
        if (detailKey == null) {
            return getMessage();
        }
        return messages.getMessage("problem.movement." + detailKey + ".detail", arguments, getMessage(), locale);
    }

    @Override
    public Problem problem() {
        return problem;
    }

    /** The request field at fault, e.g. {@code sbc}; null when the refusal is about the whole movement. */
    public String field() {
        return field;
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>();
        if (field != null) {
            properties.put("field", field);
        }
        return properties;
    }

    /** Only a translated detail, with its values; the type's catalogue text needs them. */
    @Override
    public Optional<String> pageDetail(MessageSource messages, Locale locale) {
        return localized() ? Optional.of(detail(messages, locale)) : Optional.empty();
    }
}
