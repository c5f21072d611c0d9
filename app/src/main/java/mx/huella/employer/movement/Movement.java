package mx.huella.employer.movement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * One accepted movement and its receipt: the canonical string that was sealed and the seal.
 *
 * @param state PENDING_BIOMETRICS for an alta that waits for the worker's enrollment, else EFFECTIVE
 */
public record Movement(
        UUID id,
        String folio,
        UUID employmentId,
        MovementKind kind,
        LocalDate effectiveDate,
        Optional<BigDecimal> sbc,
        Optional<TerminationCause> terminationCause,
        String state,
        Instant filedAt,
        String filedBy,
        Optional<Instant> effectiveAt,
        String canonical,
        String seal) {

    public boolean pendingBiometrics() {
        return state.equals("PENDING_BIOMETRICS");
    }
}
