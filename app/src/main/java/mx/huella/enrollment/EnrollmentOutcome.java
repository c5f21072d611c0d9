package mx.huella.enrollment;

/** How a submitted enrollment ended. */
public enum EnrollmentOutcome {
    ENROLLED,
    DUPLICATE_SUSPECT,
    REJECTED_QUALITY
}
