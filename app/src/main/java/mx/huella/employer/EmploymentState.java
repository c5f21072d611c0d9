package mx.huella.employer;

/** Where an employment stands. */
public enum EmploymentState {
    /** The alta was accepted but waits for the worker's biometric enrollment to take effect. */
    PENDING_BIOMETRICS,
    ACTIVE,
    TERMINATED
}
