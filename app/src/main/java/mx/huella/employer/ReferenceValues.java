package mx.huella.employer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import mx.huella.audit.Actor;
import mx.huella.audit.AuditEntry;
import mx.huella.audit.AuditLog;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dated UMA and minimum-wage table; each value is in force from its date until the next one.
 * Administrators add each year's values as INEGI and CONASAMI publish them; a kind whose newest value
 * is more than a year old is reported stale, since the bounds would silently keep last year's.
 */
@Component
public class ReferenceValues {
    /** What the table holds. */
    public enum Kind {
        UMA,
        MINIMUM_WAGE_GENERAL,
        MINIMUM_WAGE_FRONTERA_NORTE
    }

    /** One dated value. */
    public record Value(Kind kind, LocalDate validFrom, BigDecimal dailyAmount, String source) {}

    private static final BigDecimal MOST = new BigDecimal("100000");
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ReferenceValues(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every value, by kind and date. */
    @Transactional(readOnly = true)
    public List<Value> all() {
        return jdbc.sql("""
            select kind, valid_from, daily_amount, source from employer.reference_value order by kind, valid_from
            """)
                .query((rs, n) -> new Value(
                        Kind.valueOf(rs.getString(1)),
                        rs.getObject(2, LocalDate.class),
                        rs.getBigDecimal(3),
                        rs.getString(4)))
                .list();
    }

    /**
     * Records a published value.
     *
     * @throws EmployerException INVALID_REFERENCE_VALUE for a missing or implausible field,
     *     DUPLICATE_REFERENCE_VALUE when that kind already has a value from that date
     */
    @Transactional
    public Value add(String kind, LocalDate validFrom, BigDecimal dailyAmount, String source, Actor actor) {
        Kind parsed;
        try {
            parsed = Kind.valueOf(kind == null ? "" : kind.strip());
        } catch (IllegalArgumentException e) {
            throw invalid("kind", "kind is UMA, MINIMUM_WAGE_GENERAL or MINIMUM_WAGE_FRONTERA_NORTE");
        }
        if (validFrom == null) {
            throw invalid("validFrom", "validFrom is the date the value is in force from");
        }
        if (dailyAmount == null
                || dailyAmount.signum() <= 0
                || dailyAmount.compareTo(MOST) >= 0
                || dailyAmount.stripTrailingZeros().scale() > 2) {
            throw invalid("dailyAmount", "dailyAmount is a positive daily amount in pesos with at most two decimals");
        }
        if (source == null || source.isBlank() || source.length() > 200) {
            throw invalid("source", "source names the publication, at most 200 characters");
        }
        Value value = new Value(parsed, validFrom, dailyAmount.setScale(2, RoundingMode.UNNECESSARY), source.strip());
        try {
            jdbc.sql("""
                insert into employer.reference_value (kind, valid_from, daily_amount, source)
                values (:kind, :from, :amount, :source)
                """)
                    .param("kind", value.kind().name())
                    .param("from", value.validFrom())
                    .param("amount", value.dailyAmount())
                    .param("source", value.source())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new EmployerException(
                    EmployerException.Problem.DUPLICATE_REFERENCE_VALUE,
                    "validFrom",
                    value.kind() + " already has a value from " + value.validFrom(),
                    e);
        }
        audit.record(new AuditEntry(
                clock.instant(),
                actor.name(),
                "REFERENCE_VALUE_ADDED",
                value.kind() + "@" + value.validFrom(),
                "SUCCESS " + value.dailyAmount(),
                actor.channel()));
        return value;
    }

    /** The kinds whose newest value came into force more than a year before {@code today}. */
    @Transactional(readOnly = true)
    public List<Kind> stale(LocalDate today) {
        return jdbc
                .sql("select kind from employer.reference_value group by kind having max(valid_from) < :yearAgo")
                .param("yearAgo", today.minusYears(1))
                .query((rs, n) -> Kind.valueOf(rs.getString(1)))
                .list()
                .stream()
                .sorted()
                .toList();
    }

    private static EmployerException invalid(String field, String detail) {
        return new EmployerException(EmployerException.Problem.INVALID_REFERENCE_VALUE, field, detail);
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
