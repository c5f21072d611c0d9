package mx.huella.verification;

import org.springframework.http.HttpStatus;

/** A verification that cannot be carried out (as opposed to one that does not match). */
public class VerificationException extends RuntimeException {
    /** Each refusal and its HTTP status. */
    public enum Problem {
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

        public HttpStatus status() {
            return status;
        }

        public String slug() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Problem problem;

    public VerificationException(Problem problem, String detail) {
        super(detail);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
