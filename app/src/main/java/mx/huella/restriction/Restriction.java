package mx.huella.restriction;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A person's restriction as every page shows it.
 *
 * @param deadline the date by which the person must enroll (when there is an obligation)
 * @param suspensionOn for a RESTRICTED person, the day the suspension takes effect
 * @param daysLeft days until the deadline (DUE) or until the suspension (RESTRICTED)
 */
public record Restriction(
        RestrictionState state, Optional<LocalDate> deadline, Optional<LocalDate> suspensionOn, long daysLeft) {
    public static final Restriction NONE =
            new Restriction(RestrictionState.NONE, Optional.empty(), Optional.empty(), 0);

    /** Whether certificates and medical appointments are refused. */
    public boolean blocksProcedures() {
        return state == RestrictionState.RESTRICTED || state == RestrictionState.SUSPENDED;
    }
}
