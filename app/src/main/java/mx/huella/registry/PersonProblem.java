package mx.huella.registry;

import mx.huella.web.ProblemType;
import org.springframework.http.HttpStatus;

/** The registry's refusals, each a problem+json type of the portal-wide kind (no area in the address). */
enum PersonProblem implements ProblemType {
    INVALID_PERSON(HttpStatus.BAD_REQUEST),
    DUPLICATE_PERSON(HttpStatus.CONFLICT),
    PERSON_NOT_FOUND(HttpStatus.NOT_FOUND),
    IDEMPOTENCY_KEY_REUSED(HttpStatus.UNPROCESSABLE_CONTENT),
    STALE_PERSON(HttpStatus.CONFLICT);

    private final HttpStatus status;

    PersonProblem(HttpStatus status) {
        this.status = status;
    }

    @Override
    public String area() {
        return "";
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
