package mx.huella.enrollment;

import java.util.Locale;
import mx.huella.web.ProblemType;
import mx.huella.web.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;

/** A refused enrollment step, with the problem type the API reports. */
public class EnrollmentException extends Refusal {
    /** The kinds of refusal, each a problem+json type and HTTP status. */
    public enum Problem implements ProblemType {
        PERSON_NOT_FOUND(HttpStatus.NOT_FOUND),
        SESSION_NOT_FOUND(HttpStatus.NOT_FOUND),
        CONSENT_REQUIRED(HttpStatus.CONFLICT),
        CONSENT_ALREADY_GIVEN(HttpStatus.CONFLICT),
        UNKNOWN_NOTICE_VERSION(HttpStatus.BAD_REQUEST),
        SESSION_ALREADY_OPEN(HttpStatus.CONFLICT),
        ALREADY_ENROLLED(HttpStatus.CONFLICT),
        UNDER_REVIEW(HttpStatus.CONFLICT),
        IDENTITY_FRAUD(HttpStatus.CONFLICT),
        SESSION_CLOSED(HttpStatus.CONFLICT),
        NOT_A_FINGER(HttpStatus.BAD_REQUEST),
        ATTEMPTS_EXHAUSTED(HttpStatus.CONFLICT),
        UNREADABLE_SAMPLE(HttpStatus.UNPROCESSABLE_CONTENT),
        EXCEPTION_NOT_DECLARED(HttpStatus.NOT_FOUND),
        INVALID_EXCEPTION(HttpStatus.BAD_REQUEST),
        INCOMPLETE(HttpStatus.UNPROCESSABLE_CONTENT),
        IDEMPOTENCY_KEY_REUSED(HttpStatus.UNPROCESSABLE_CONTENT),
        CASE_NOT_FOUND(HttpStatus.NOT_FOUND),
        CASE_NOT_OPEN(HttpStatus.CONFLICT),
        REASON_REQUIRED(HttpStatus.BAD_REQUEST),
        DECISION_REQUIRED(HttpStatus.BAD_REQUEST),
        FOUR_EYES(HttpStatus.CONFLICT),
        NOT_A_CANDIDATE(HttpStatus.UNPROCESSABLE_CONTENT),
        NOT_A_CAPTURE_STATION(HttpStatus.UNPROCESSABLE_CONTENT),
        CAPTURE_STATION_REQUIRED(HttpStatus.FORBIDDEN),
        BUSY(HttpStatus.SERVICE_UNAVAILABLE);

        private final HttpStatus status;

        Problem(HttpStatus status) {
            this.status = status;
        }

        @Override
        public String area() {
            return "enrollment";
        }

        @Override
        public HttpStatus status() {
            return status;
        }
    }

    private final Problem problem;
    private final String detail;

    public EnrollmentException(Problem problem, String detail) {
        super(problem.slug() + ": " + detail);
        this.problem = problem;
        this.detail = detail;
    }

    @Override
    public Problem problem() {
        return problem;
    }

    /** English detail for logs and tests; the API localises by problem type. */
    public String detail() {
        return detail;
    }

    /** The type's translated detail; our own English one (never sample bytes or personal data) where none exists. */
    @Override
    public String detail(MessageSource messages, Locale locale) {
        return messages.getMessage(problem.detailKey(), null, detail, locale);
    }
}
