package mx.huella.enrollment;

import java.util.Optional;
import java.util.UUID;
import mx.huella.registry.PersonService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a person may be enrolled now: registered, with consent in force, and not already enrolled,
 * under review or found to be identity fraud. Sessions check it when they open, submissions again
 * when they are searched, imports before they enroll.
 */
@Component
class EnrollmentEligibility {
    private final JdbcClient jdbc;
    private final PersonService persons;
    private final ConsentService consents;
    private final BiometricStatusLedger ledger;

    EnrollmentEligibility(
            JdbcClient jdbc, PersonService persons, ConsentService consents, BiometricStatusLedger ledger) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.consents = consents;
        this.ledger = ledger;
    }

    /**
     * Why no enrollment may be opened or submitted for the person now, if anything stands in the way:
     * an enrolled identity is not replaced by new samples (that would swap a person's fingers without
     * any check), one under review waits for its analyst, and one found to be identity fraud stays
     * rejected. A rejection for quality alone may be retried.
     */
    @Transactional(readOnly = true)
    Optional<EnrollmentException.Problem> refusal(UUID personId) {
        return switch (ledger.status(personId)) {
            case ENROLLED -> Optional.of(EnrollmentException.Problem.ALREADY_ENROLLED);
            case UNDER_REVIEW -> Optional.of(EnrollmentException.Problem.UNDER_REVIEW);
            case REJECTED ->
                ledger.identityFraudCases(personId).isEmpty()
                        ? Optional.empty()
                        : Optional.of(EnrollmentException.Problem.IDENTITY_FRAUD);
            case PENDING -> Optional.empty();
        };
    }

    /**
     * Refuses a person the registry does not know.
     *
     * @throws EnrollmentException PERSON_NOT_FOUND
     */
    @Transactional(readOnly = true)
    void requireRegistered(UUID personId) {
        if (persons.find(personId).isEmpty()) {
            throw new EnrollmentException(EnrollmentException.Problem.PERSON_NOT_FOUND, "no person " + personId);
        }
    }

    void refuseUnlessEnrollable(UUID personId) {
        refusal(personId).ifPresent(problem -> {
            throw new EnrollmentException(problem, "person " + personId + " is " + ledger.status(personId));
        });
    }

    /** The consent in force of a registered person: nothing biometric happens without one. */
    UUID consentInForce(UUID personId) {
        requireRegistered(personId);
        return consents.active(personId)
                .orElseThrow(() -> new EnrollmentException(
                        EnrollmentException.Problem.CONSENT_REQUIRED, "no consent in force for " + personId));
    }

    /**
     * The consent in force, locked (shared) until the submission commits: a withdrawal waits for it
     * rather than slipping in while the enrollment is searched.
     */
    UUID holdConsent(UUID personId) {
        requireRegistered(personId);
        return jdbc.sql(
                        "select id from enrollment.consent where person_id = :person and withdrawn_at is null for share")
                .param("person", personId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new EnrollmentException(
                        EnrollmentException.Problem.CONSENT_REQUIRED, "no consent in force for " + personId));
    }
}
