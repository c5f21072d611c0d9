package mx.huella.enrollment;

/** Where a person stands with biometric enrollment. */
public enum BiometricStatus {
    /** Not enrolled yet (or an enrollment is in progress). */
    PENDING,
    /** Enrolled: searchable, can verify. */
    ENROLLED,
    /** The enrollment matched someone else: an analyst must decide. */
    UNDER_REVIEW,
    /** The enrollment could not be completed (quality) or was judged identity fraud. */
    REJECTED
}
