package mx.huella.appointment;

import mx.huella.restriction.Restriction;

/** A booking or cancellation that cannot be made, and why. */
public class AppointmentException extends RuntimeException {
    public enum Problem {
        /** Restricted or suspended for want of biometrics: see {@link #restriction()}. */
        RESTRICTED,
        UNKNOWN_CLINIC,
        NOT_YOUR_CLINIC,
        NOT_A_SLOT,
        SLOT_FULL,
        ALREADY_BOOKED,
        NOT_FOUND
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

    public Problem problem() {
        return problem;
    }

    public Restriction restriction() {
        return restriction;
    }
}
