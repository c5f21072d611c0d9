package mx.huella.employer.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import mx.huella.employer.MovementException;
import mx.huella.employer.registration.WageZone;

/**
 * The salario base de cotización allowed on a day: at least the zone's minimum wage, at most 25 UMA
 * (LSS art. 28), both daily amounts in MXN.
 */
public record SbcBounds(LocalDate date, WageZone zone, BigDecimal minimum, BigDecimal maximum) {
    static final int UMA_CAP = 25;

    /** Refuses an amount outside the bounds or with more than two decimals. */
    public void check(BigDecimal sbc) {
        if (sbc == null || sbc.signum() <= 0 || sbc.stripTrailingZeros().scale() > 2) {
            throw new MovementException(
                    MovementException.Problem.INVALID_FIELD, "sbc", "the SBC is a positive amount with two decimals");
        }
        if (sbc.compareTo(minimum) < 0) {
            throw new MovementException(
                    MovementException.Problem.SBC_BELOW_MINIMUM,
                    "sbc",
                    "the SBC " + sbc + " is below the minimum wage " + minimum + " in force on " + date,
                    "sbc-below-minimum",
                    sbc.toPlainString(),
                    minimum.toPlainString(),
                    date.toString());
        }
        if (sbc.compareTo(maximum) > 0) {
            throw new MovementException(
                    MovementException.Problem.SBC_ABOVE_MAXIMUM,
                    "sbc",
                    "the SBC " + sbc + " is above 25 UMA (" + maximum + ") in force on " + date,
                    "sbc-above-maximum",
                    sbc.toPlainString(),
                    maximum.toPlainString(),
                    date.toString());
        }
    }
}
