package mx.huella.employer.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import mx.huella.audit.Actor;
import mx.huella.audit.AuditEntry;
import mx.huella.audit.AuditLog;
import mx.huella.employer.MovementException;
import mx.huella.employer.registration.EmployerException;
import mx.huella.employer.registration.WageZone;
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

    private static final ZoneId PUBLISHED_IN = ZoneId.of("America/Mexico_City");
    private static final BigDecimal MOST = new BigDecimal("100000");
    /** Minimum wages rose 12-20 % a year in 2024-2026; more than this asks the administrator to confirm. */
    static final int MOST_CHANGE_PERCENT = 30;

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

    /** Records a new published value; see {@link #add(String, LocalDate, BigDecimal, String, boolean, boolean, Actor)}. */
    @Transactional
    public Value add(String kind, LocalDate validFrom, BigDecimal dailyAmount, String source, Actor actor) {
        return add(kind, validFrom, dailyAmount, source, false, false, actor);
    }

    /**
     * Records a published value, or corrects one recorded wrongly.
     *
     * @param unusualConfirmed the administrator confirms an amount more than {@value #MOST_CHANGE_PERCENT} %
     *     away from the kind's previous value (a typo such as 1173.1 for 117.31 moves the SBC cap tenfold)
     * @param correction replace the amount and source of the value the kind already has from that date
     * @throws EmployerException INVALID_REFERENCE_VALUE for a missing or implausible field,
     *     DUPLICATE_REFERENCE_VALUE when that kind already has a value from that date and this is no
     *     correction, REFERENCE_VALUE_NOT_FOUND for a correction of a value that does not exist
     */
    @Transactional
    public Value add(
            String kind,
            LocalDate validFrom,
            BigDecimal dailyAmount,
            String source,
            boolean unusualConfirmed,
            boolean correction,
            Actor actor) {
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
        if (!unusualConfirmed) {
            previous(parsed, validFrom)
                    .filter(before -> changePercent(before, value.dailyAmount()) > MOST_CHANGE_PERCENT)
                    .ifPresent(before -> {
                        throw invalid(
                                "dailyAmount",
                                value.dailyAmount() + " is more than " + MOST_CHANGE_PERCENT
                                        + " % away from the previous " + parsed + " (" + before
                                        + "); confirm it if it is what was published");
                    });
        }
        if (correction) {
            return correct(value, actor);
        }
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

    private Value correct(Value value, Actor actor) {
        BigDecimal before = jdbc.sql("""
                select daily_amount from employer.reference_value where kind = :kind and valid_from = :from for update
                """)
                .param("kind", value.kind().name())
                .param("from", value.validFrom())
                .query(BigDecimal.class)
                .optional()
                .orElseThrow(() -> new EmployerException(
                        EmployerException.Problem.REFERENCE_VALUE_NOT_FOUND,
                        "validFrom",
                        value.kind() + " has no value from " + value.validFrom() + " to correct"));
        jdbc.sql("""
                update employer.reference_value set daily_amount = :amount, source = :source
                where kind = :kind and valid_from = :from
                """)
                .param("amount", value.dailyAmount())
                .param("source", value.source())
                .param("kind", value.kind().name())
                .param("from", value.validFrom())
                .update();
        audit.record(new AuditEntry(
                clock.instant(),
                actor.name(),
                "REFERENCE_VALUE_CORRECTED",
                value.kind() + "@" + value.validFrom(),
                "SUCCESS " + before + " -> " + value.dailyAmount(),
                actor.channel()));
        return value;
    }

    /** The value of the kind in force just before {@code date}. */
    private java.util.Optional<BigDecimal> previous(Kind kind, LocalDate date) {
        return jdbc.sql("""
                select daily_amount from employer.reference_value where kind = :kind and valid_from < :date
                order by valid_from desc limit 1
                """)
                .param("kind", kind.name())
                .param("date", date)
                .query(BigDecimal.class)
                .optional();
    }

    private static double changePercent(BigDecimal before, BigDecimal now) {
        return now.subtract(before).abs().doubleValue() * 100 / before.doubleValue();
    }

    /** The kinds stale today, by the calendar of Mexico City, where the values are published. */
    @Transactional(readOnly = true)
    public List<Kind> staleToday() {
        return stale(LocalDate.now(clock.withZone(PUBLISHED_IN)));
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
