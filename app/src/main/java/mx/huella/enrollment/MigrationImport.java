package mx.huella.enrollment;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import mx.huella.audit.Actor;
import mx.huella.audit.AuditEntry;
import mx.huella.audit.AuditLog;
import mx.huella.engine.face.FaceDescriptor;
import mx.huella.engine.fingerprint.EncodedTemplate;
import mx.huella.engine.fingerprint.FingerPosition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrollments made elsewhere, recorded here: a migration from the previous platform, or a load-test
 * population. Reachable from no HTTP endpoint.
 */
@Service
public class MigrationImport {
    private final EnrollmentEligibility eligibility;
    private final BiometricStatusLedger ledger;
    private final EnrollmentGallery gallery;
    private final AuditLog audit;
    private final Clock clock;

    MigrationImport(
            EnrollmentEligibility eligibility,
            BiometricStatusLedger ledger,
            EnrollmentGallery gallery,
            AuditLog audit,
            Clock clock) {
        this.eligibility = eligibility;
        this.ledger = ledger;
        this.gallery = gallery;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records as ENROLLED a consenting person whose fingers were captured and de-duplicated by another
     * system (a migration from the previous platform, or a load-test population): no session and no 1:N
     * search here, which is why it is reachable from no HTTP endpoint. Audited with its source.
     *
     * @return the person's biometric subject
     * @throws EnrollmentException when the person is unknown, has no consent in force or already has a
     *     biometric status other than PENDING
     */
    @Transactional
    public UUID importEnrolled(
            UUID personId,
            Map<FingerPosition, EncodedTemplate> fingers,
            Optional<FaceDescriptor> face,
            String source,
            Actor actor) {
        if (fingers.isEmpty() && face.isEmpty()) {
            throw new IllegalArgumentException("an import needs fingers or a face");
        }
        UUID consent = eligibility.consentInForce(personId);
        ledger.ensureStatus(personId, actor);
        if (ledger.status(personId) != BiometricStatus.PENDING) {
            throw new EnrollmentException(
                    EnrollmentException.Problem.SESSION_ALREADY_OPEN, "person " + personId + " is not PENDING");
        }
        UUID subject = ledger.subject(personId);
        gallery.enroll(subject, fingers, face);
        ledger.changeStatus(personId, BiometricStatus.ENROLLED, "IMPORTED", actor);
        audit.record(new AuditEntry(
                clock.instant(),
                actor.name(),
                "ENROLLMENT_IMPORTED",
                personId.toString(),
                source + "; consent " + consent,
                actor.channel()));
        return subject;
    }
}
