package mx.huella.employer;

import org.springframework.http.HttpStatus;

/** A movement the institute's rules refuse, with the field it concerns when there is one. */
public class MovementException extends RuntimeException {
    /** Each refusal, its HTTP status and the slug of its problem type. */
    public enum Problem {
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

        public HttpStatus status() {
            return status;
        }

        public String slug() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Problem problem;
    private final String field;

    public MovementException(Problem problem, String field, String detail) {
        super(detail);
        this.problem = problem;
        this.field = field;
    }

    public Problem problem() {
        return problem;
    }

    /** The request field at fault, e.g. {@code sbc}; null when the refusal is about the whole movement. */
    public String field() {
        return field;
    }
}
