package mx.huella.verification;

import mx.huella.web.ProblemType;
import mx.huella.web.Refusal;
import org.springframework.http.HttpStatus;

/**
 * A verification that cannot be carried out (as opposed to one that does not match), wherever an API
 * verifies a holder (verifications, identifications, biometric signatures). Pages catch it themselves.
 */
public class VerificationException extends Refusal {
    /** Each refusal and its HTTP status. */
    public enum Problem implements ProblemType {
        UNKNOWN_IDENTITY(HttpStatus.NOT_FOUND),
        NO_FINGERS(HttpStatus.BAD_REQUEST),
        NOT_A_FINGER(HttpStatus.BAD_REQUEST),
        UNREADABLE_SAMPLE(HttpStatus.UNPROCESSABLE_CONTENT),
        LOCKED(HttpStatus.LOCKED),
        RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS);

        private final HttpStatus status;

        Problem(HttpStatus status) {
            this.status = status;
        }

        @Override
        public String area() {
            return "verification";
        }

        @Override
        public HttpStatus status() {
            return status;
        }
    }

    private final Problem problem;

    public VerificationException(Problem problem, String detail) {
        super(detail);
        this.problem = problem;
    }

    @Override
    public Problem problem() {
        return problem;
    }
}
