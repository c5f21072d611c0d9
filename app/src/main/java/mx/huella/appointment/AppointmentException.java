package mx.huella.appointment;

import java.util.LinkedHashMap;
import java.util.Map;
import mx.huella.restriction.Restriction;
import mx.huella.web.ProblemType;
import mx.huella.web.Refusal;
import org.springframework.http.HttpStatus;

/** A booking or cancellation that cannot be made, and why; a restriction says its state and dates. */
public class AppointmentException extends Refusal {
    public enum Problem implements ProblemType {
        /** Restricted or suspended for want of biometrics: see {@link #restriction()}. */
        RESTRICTED(HttpStatus.CONFLICT),
        UNKNOWN_CLINIC(HttpStatus.NOT_FOUND),
        NOT_YOUR_CLINIC(HttpStatus.CONFLICT),
        NOT_A_SLOT(HttpStatus.UNPROCESSABLE_CONTENT),
        SLOT_FULL(HttpStatus.CONFLICT),
        ALREADY_BOOKED(HttpStatus.CONFLICT),
        NOT_FOUND(HttpStatus.NOT_FOUND);

        private final HttpStatus status;

        Problem(HttpStatus status) {
            this.status = status;
        }

        @Override
        public String area() {
            return "appointment";
        }

        @Override
        public HttpStatus status() {
            return status;
        }
    }

    private final Problem problem;
    private final transient Restriction restriction;

    AppointmentException(Problem problem, String message) {
        this(problem, message, Restriction.NONE);
    }

    AppointmentException(Problem problem, String message, Restriction restriction) {
        super(message);
        this.problem = problem;
        this.restriction = restriction;
    }

    @Override
    public Problem problem() {
        return problem;
    }

    public Restriction restriction() {
        return restriction;
    }

    @Override
    public Map<String, Object> properties() {
        if (problem != Problem.RESTRICTED) {
            return Map.of();
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("restriction", restriction.state().name());
        restriction.deadline().ifPresent(deadline -> properties.put("deadline", deadline.toString()));
        restriction.suspensionOn().ifPresent(day -> properties.put("suspensionOn", day.toString()));
        return properties;
    }
}
