package mx.huella.staff;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in tunables.
 *
 * @param maxFailedAttempts consecutive failed sign-ins that lock an account
 * @param lockDuration how long a locked account stays locked
 * @param minPasswordLength shortest password accepted when one is chosen
 * @param initialAdminUsername user name of the administrator created on first start
 * @param maxFailuresPerClient failed sign-ins from one network address that hold it back
 * @param clientWindow the period over which those failures are counted, and the hold
 */
@ConfigurationProperties("huella.staff")
record StaffProperties(
        @DefaultValue("5") int maxFailedAttempts,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("12") int minPasswordLength,
        @DefaultValue("admin") String initialAdminUsername,
        @DefaultValue("20") int maxFailuresPerClient,
        @DefaultValue("5m") Duration clientWindow) {}
