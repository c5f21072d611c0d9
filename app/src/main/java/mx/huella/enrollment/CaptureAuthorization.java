package mx.huella.enrollment;

import java.util.UUID;
import org.springframework.security.core.Authentication;

/**
 * Lets someone who is not institute staff run an enrollment: another module (employers) decides for
 * its own users, e.g. an employer's authorized HR user enrolling that employer's workers.
 */
public interface CaptureAuthorization {
    /** Whether this caller may capture and submit the biometrics of this person. */
    boolean mayEnroll(Authentication caller, UUID personId);

    /**
     * The organisation (by RFC) on whose premises this caller captures, whose capture stations it may
     * use; empty when this module does not speak for the caller.
     */
    java.util.Optional<String> premises(Authentication caller);
}
