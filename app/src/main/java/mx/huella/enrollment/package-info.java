/**
 * Biometric enrollment: express consent first, then a capture session with quality feedback per
 * sample, finger exceptions approved by a supervisor, and a submission that searches everyone
 * already enrolled and ends ENROLLED, DUPLICATE_SUSPECT (a case for the analysts) or
 * REJECTED_QUALITY. Holds the person's biometric status and its history, which other modules read
 * through {@link mx.huella.enrollment.BiometricStatusLedger}; the samples themselves are read and
 * sealed by the biometric module and known here by id only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enrollment")
package mx.huella.enrollment;
