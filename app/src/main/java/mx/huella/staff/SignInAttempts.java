package mx.huella.staff;

import java.time.Clock;
import mx.huella.audit.AuditEntry;
import mx.huella.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins and locks an account after {@link StaffProperties#maxFailedAttempts()}
 * in a row, for {@link StaffProperties#lockDuration()}. Every attempt is audited; the user name
 * typed is audited only when it names a real account, so mistyped passwords in the user-name field
 * never land in the trail.
 */
@Component
class SignInAttempts {
    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

    private final StaffAccountRepository accounts;
    private final StaffProperties properties;
    private final AuditLog audit;
    private final SignInThrottle throttle;
    private final Clock clock;

    SignInAttempts(
            StaffAccountRepository accounts,
            StaffProperties properties,
            AuditLog audit,
            SignInThrottle throttle,
            Clock clock) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        accounts.recordSuccess(username);
        audit.record(new AuditEntry(clock.instant(), username, "SIGN_IN", username, "SUCCESS", "WEB"));
    }

    @EventListener
    @Transactional
    public void failed(AbstractAuthenticationFailureEvent event) {
        String typed = String.valueOf(event.getAuthentication().getName());
        boolean known = accounts.findByUsername(typed).isPresent();
        String actor = known ? typed : "unknown";
        String outcome = event.getException().getClass().getSimpleName();
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            throttle.recordFailure(details.getRemoteAddress());
        }
        if (known && event instanceof AuthenticationFailureBadCredentialsEvent) {
            boolean locked = accounts.recordFailure(
                    typed, properties.maxFailedAttempts(), clock.instant().plus(properties.lockDuration()));
            if (locked) {
                outcome = "LOCKED";
                log.warn("a staff account was locked after {} failed sign-ins", properties.maxFailedAttempts());
            }
        }
        audit.record(new AuditEntry(clock.instant(), actor, "SIGN_IN", known ? typed : "", outcome, "WEB"));
    }
}
