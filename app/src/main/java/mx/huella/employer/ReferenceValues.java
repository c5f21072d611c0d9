package mx.huella.employer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The dated UMA and minimum-wage table; each value is in force from its date until the next one. */
@Component
public class ReferenceValues {
    private final JdbcClient jdbc;

    ReferenceValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public SbcBounds sbcBounds(LocalDate date, WageZone zone) {
        BigDecimal minimum =
                inForce(zone == WageZone.GENERAL ? "MINIMUM_WAGE_GENERAL" : "MINIMUM_WAGE_FRONTERA_NORTE", date);
        BigDecimal uma = inForce("UMA", date);
        return new SbcBounds(
                date,
                zone,
                minimum,
                uma.multiply(BigDecimal.valueOf(SbcBounds.UMA_CAP)).setScale(2, RoundingMode.HALF_UP));
    }

    private BigDecimal inForce(String kind, LocalDate date) {
        return jdbc.sql("""
            select daily_amount from employer.reference_value where kind = :kind and valid_from <= :date
            order by valid_from desc limit 1
            """)
                .param("kind", kind)
                .param("date", date)
                .query(BigDecimal.class)
                .optional()
                .orElseThrow(() -> new MovementException(
                        MovementException.Problem.NO_REFERENCE_VALUES,
                        "date",
                        "no " + kind + " is on record for " + date));
    }
}
