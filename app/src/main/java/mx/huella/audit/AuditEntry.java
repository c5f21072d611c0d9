package mx.huella.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One audited action.
 *
 * @param at when it happened
 * @param actor who did it: a staff user name, or {@code anonymous}
 * @param action what was done, e.g. {@code PERSON_CREATED}, {@code LOGIN_FAILED}
 * @param subject opaque id of what it was done to (never a CURP, NSS or name), or empty
 * @param outcome {@code SUCCESS} or a short failure code
 * @param channel where it came from: {@code WEB}, {@code API}, {@code SYSTEM}
 */
public record AuditEntry(Instant at, String actor, String action, String subject, String outcome, String channel) {
    public AuditEntry {
        Objects.requireNonNull(at);
        Objects.requireNonNull(actor);
        Objects.requireNonNull(action);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(channel);
    }
}
