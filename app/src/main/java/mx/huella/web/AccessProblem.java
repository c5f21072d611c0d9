package mx.huella.web;

import org.springframework.http.HttpStatus;

/** The security layer's refusals, answered by filters before any controller runs. */
public enum AccessProblem implements ProblemType {
    /** No credentials, or wrong ones. */
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED),
    /** Credentials of an account or device locked after repeated failures. */
    LOCKED(HttpStatus.UNAUTHORIZED),
    FORBIDDEN(HttpStatus.FORBIDDEN),
    /** Too many failed sign-ins from one client; the detail says how long to wait. */
    THROTTLED(HttpStatus.TOO_MANY_REQUESTS);

    private final HttpStatus status;

    AccessProblem(HttpStatus status) {
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
