package mx.huella.employer.movement;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import mx.huella.audit.Actor;
import mx.huella.audit.AuditEntry;
import mx.huella.audit.AuditLog;
import mx.huella.employer.EmployerAccess;
import mx.huella.employer.EmploymentState;
import mx.huella.employer.MovementException;
import mx.huella.employer.reference.ReferenceValues;
import mx.huella.enrollment.BiometricStatus;
import mx.huella.enrollment.BiometricStatusLedger;
import mx.huella.identifier.Curp;
import mx.huella.identifier.InvalidIdentifierException;
import mx.huella.identifier.Nss;
import mx.huella.registry.Person;
import mx.huella.registry.PersonService;
import mx.huella.restriction.Restrictions;
import mx.huella.seal.PlatformSeal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files altas, bajas and salary changes. Every accepted movement gets a folio and a sealed receipt.
 * By the institute's rule an alta for a worker who is not biometrically ENROLLED is held as pending
 * biometrics with a deadline, and takes effect the moment the enrollment completes.
 */
@NamedInterface("movement")
@Service
public class MovementService {
    private final JdbcClient jdbc;
    private final PersonService persons;
    private final BiometricStatusLedger enrollments;
    private final ReferenceValues referenceValues;
    private final EmploymentQueries queries;
    private final PlatformSeal seal;
    private final Restrictions restrictions;
    private final AuditLog audit;
    private final Clock clock;
    private final int deadlineDays;

    MovementService(
            JdbcClient jdbc,
            PersonService persons,
            BiometricStatusLedger enrollments,
            ReferenceValues referenceValues,
            EmploymentQueries queries,
            PlatformSeal seal,
            Restrictions restrictions,
            AuditLog audit,
            Clock clock,
            @Value("${huella.employer.biometric-deadline-days:30}") int deadlineDays) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.enrollments = enrollments;
        this.referenceValues = referenceValues;
        this.queries = queries;
        this.seal = seal;
        this.restrictions = restrictions;
        this.audit = audit;
        this.clock = clock;
        this.deadlineDays = deadlineDays;
    }

    /**
     * An alta.
     *
     * @param dedupKey when given, filing the same key again answers the movement filed the first time
     */
    public record Hire(
            String curp,
            String nss,
            WorkerType workerType,
            SalaryType salaryType,
            BigDecimal sbc,
            LocalDate startDate,
            String dedupKey) {}

    @Transactional
    public Movement hire(String registro, Hire hire, EmployerAccess access, Actor actor) {
        Registro target = queries.registro(registro, access);
        Optional<Movement> earlier = filedBefore(hire.dedupKey(), MovementKind.ALTA, null, target.registro(), access);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Person person = resolve(hire.curp(), hire.nss());
        if (hire.workerType() == null) {
            throw new MovementException(
                    MovementException.Problem.INVALID_FIELD, "workerType", "workerType is required");
        }
        if (hire.salaryType() == null) {
            throw new MovementException(
                    MovementException.Problem.INVALID_FIELD, "salaryType", "salaryType is required");
        }
        LocalDate today = MovementDates.today(clock);
        MovementDates.checkStart(hire.startDate(), today);
        referenceValues.sbcBounds(hire.startDate(), target.zone()).check(hire.sbc());
        boolean enrolled = enrollments.status(person.id()) == BiometricStatus.ENROLLED;
        UUID employmentId = UUID.randomUUID();
        int inserted = jdbc.sql("""
            insert into employer.employment (id, registro, person_id, state, worker_type, salary_type, sbc, start_date,
              biometric_deadline, opened_at)
            values (:id, :registro, :person, :state, :workerType, :salaryType, :sbc, :start, :deadline, :now)
            on conflict do nothing
            """)
                .param("id", employmentId)
                .param("registro", target.registro())
                .param("person", person.id())
                .param("state", enrolled ? "ACTIVE" : "PENDING_BIOMETRICS")
                .param("workerType", hire.workerType().code())
                .param("salaryType", hire.salaryType().code())
                .param("sbc", hire.sbc())
                .param("start", hire.startDate())
                .param("deadline", enrolled ? null : today.plusDays(deadlineDays))
                .param("now", Timestamp.from(clock.instant()))
                .update();
        if (inserted == 0) {
            throw new MovementException(
                    MovementException.Problem.ALREADY_EMPLOYED,
                    "curp",
                    "the worker already has a current employment under registro " + target.registro());
        }
        if (!enrolled) {
            restrictions.require(person.id(), today.plusDays(deadlineDays), "ALTA " + target.registro());
        }
        return file(
                new Filing(
                        employmentId,
                        MovementKind.ALTA,
                        hire.startDate(),
                        hire.sbc(),
                        null,
                        enrolled ? "EFFECTIVE" : "PENDING_BIOMETRICS",
                        hire.dedupKey()),
                target.registro(),
                person,
                actor);
    }

    /** A baja; with a dedup key (or null), filing the same key again answers the movement filed the first time. */
    @Transactional
    public Movement terminate(
            UUID employmentId,
            LocalDate endDate,
            TerminationCause cause,
            EmployerAccess access,
            Actor actor,
            String dedupKey) {
        // Locked before the key is looked up: a second request with the key waits for the first to commit.
        Employment employment = queries.lockEmployment(employmentId, access);
        Optional<Movement> earlier = filedBefore(dedupKey, MovementKind.BAJA, employmentId, access);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (employment.state() == EmploymentState.TERMINATED) {
            throw new MovementException(MovementException.Problem.NOT_ACTIVE, null, "the employment already ended");
        }
        if (cause == null) {
            throw new MovementException(
                    MovementException.Problem.INVALID_FIELD, "cause", "the cause of the baja is required");
        }
        MovementDates.checkLater("endDate", endDate, employment.startDate(), MovementDates.today(clock));
        jdbc.sql("""
            update employer.employment set state = 'TERMINATED', end_date = :end, biometric_deadline = null where id = :id
            """).param("end", endDate).param("id", employmentId).update();
        if (employment.state() == EmploymentState.PENDING_BIOMETRICS && !otherPendingAlta(employment)) {
            restrictions.withdraw(employment.personId(), "the alta waiting for biometrics was terminated");
        }
        return file(
                new Filing(employmentId, MovementKind.BAJA, endDate, null, cause, "EFFECTIVE", dedupKey),
                employment.registro(),
                persons.get(employment.personId()),
                actor);
    }

    /** A salary change; with a dedup key (or null), filing the same key again answers the first movement. */
    @Transactional
    public Movement changeSalary(
            UUID employmentId,
            BigDecimal sbc,
            LocalDate effectiveDate,
            EmployerAccess access,
            Actor actor,
            String dedupKey) {
        Employment employment = queries.lockEmployment(employmentId, access);
        Optional<Movement> earlier = filedBefore(dedupKey, MovementKind.MODIFICACION_SALARIO, employmentId, access);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (employment.state() != EmploymentState.ACTIVE) {
            throw new MovementException(
                    MovementException.Problem.NOT_ACTIVE,
                    null,
                    "only an active employment takes a salary change (this one is " + employment.state() + ")");
        }
        MovementDates.checkLater("effectiveDate", effectiveDate, employment.startDate(), MovementDates.today(clock));
        referenceValues
                .sbcBounds(
                        effectiveDate,
                        queries.registro(employment.registro(), access).zone())
                .check(sbc);
        jdbc.sql("update employer.employment set sbc = :sbc where id = :id")
                .param("sbc", sbc)
                .param("id", employmentId)
                .update();
        return file(
                new Filing(
                        employmentId,
                        MovementKind.MODIFICACION_SALARIO,
                        effectiveDate,
                        sbc,
                        null,
                        "EFFECTIVE",
                        dedupKey),
                employment.registro(),
                persons.get(employment.personId()),
                actor);
    }

    private boolean otherPendingAlta(Employment terminated) {
        return jdbc.sql("""
            select exists (select 1 from employer.employment where person_id = :p and state = 'PENDING_BIOMETRICS' and id <> :id)
            """)
                .param("p", terminated.personId())
                .param("id", terminated.id())
                .query(Boolean.class)
                .single();
    }

    /**
     * The movement filed earlier under the key, when it is the same movement: the same kind on the same
     * employment (any employment for an alta), one the caller may see. A key reused for another
     * movement is refused rather than answered with a movement the request did not ask for.
     */
    private Optional<Movement> filedBefore(
            String dedupKey, MovementKind kind, UUID employmentId, EmployerAccess access) {
        return filedBefore(dedupKey, kind, employmentId, null, access);
    }

    /** As above; for an alta, the earlier movement must also be in the same registro. */
    private Optional<Movement> filedBefore(
            String dedupKey, MovementKind kind, UUID employmentId, String registro, EmployerAccess access) {
        Optional<Movement> earlier = dedupKey == null ? Optional.empty() : queries.movementByDedupKey(dedupKey);
        earlier.ifPresent(movement -> {
            Employment filedUnder = queries.employment(movement.employmentId(), access);
            if (movement.kind() != kind
                    || (employmentId != null && !employmentId.equals(movement.employmentId()))
                    || (registro != null && !registro.equals(filedUnder.registro()))) {
                throw new MovementException(
                        MovementException.Problem.INVALID_FIELD,
                        "idempotencyKey",
                        "the idempotency key was already used for another movement");
            }
        });
        return earlier;
    }

    private record Filing(
            UUID employmentId,
            MovementKind kind,
            LocalDate effectiveDate,
            BigDecimal sbc,
            TerminationCause cause,
            String state,
            String dedupKey) {}

    private Movement file(Filing filing, String registro, Person person, Actor actor) {
        Instant now = clock.instant();
        long number = jdbc.sql("select nextval('employer.movement_folio')")
                .query(Long.class)
                .single();
        String folio = "MOV-%d-%08d".formatted(MovementDates.today(clock).getYear(), number);
        String canonical = String.join(
                "|",
                "||HUELLA",
                "MOVIMIENTO",
                folio,
                filing.kind().name(),
                registro,
                person.nss().map(Nss::value).orElse(""),
                person.curp().value(),
                filing.effectiveDate().toString(),
                filing.sbc() == null ? "" : filing.sbc().setScale(2).toPlainString(),
                filing.cause() == null ? "" : filing.cause().code(),
                now.toString() + "||");
        String sealed = seal.seal(canonical);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
            insert into employer.movement (id, folio, employment_id, kind, effective_date, sbc, termination_cause, state,
              filed_at, filed_by, channel, effective_at, canonical, seal, dedup_key)
            values (:id, :folio, :employment, :kind, :date, :sbc, :cause, :state, :now, :by, :channel, :effectiveAt,
              :canonical, :seal, :dedup)
            """)
                .param("id", id)
                .param("folio", folio)
                .param("employment", filing.employmentId())
                .param("kind", filing.kind().name())
                .param("date", filing.effectiveDate())
                .param("sbc", filing.sbc())
                .param("cause", filing.cause() == null ? null : filing.cause().code())
                .param("state", filing.state())
                .param("now", Timestamp.from(now))
                .param("by", actor.name())
                .param("channel", actor.channel())
                .param("effectiveAt", filing.state().equals("EFFECTIVE") ? Timestamp.from(now) : null)
                .param("canonical", canonical)
                .param("seal", sealed)
                .param("dedup", filing.dedupKey())
                .update();
        audit.record(new AuditEntry(
                now, actor.name(), "MOVEMENT_" + filing.kind().name(), folio, filing.state(), actor.channel()));
        return queries.movement(folio).orElseThrow();
    }

    /**
     * The employment a keyed movement was filed on, when it was; else the current employment of the
     * worker: a repeated baja finds its own, already terminated employment.
     */
    @Transactional(readOnly = true)
    public UUID currentEmploymentOrFiled(
            String registro, String curp, String nss, String dedupKey, EmployerAccess access) {
        return queries.movementByDedupKey(dedupKey)
                .map(Movement::employmentId)
                .orElseGet(() -> currentEmployment(registro, curp, nss, access));
    }

    /** The current (not terminated) employment of the worker named by CURP and/or NSS in the registro. */
    @Transactional(readOnly = true)
    public UUID currentEmployment(String registro, String curp, String nss, EmployerAccess access) {
        Registro target = queries.registro(registro, access);
        Person person = resolve(curp, nss);
        return jdbc.sql("""
            select id from employer.employment where registro = :registro and person_id = :person and state <> 'TERMINATED'
            """)
                .param("registro", target.registro())
                .param("person", person.id())
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new MovementException(
                        MovementException.Problem.EMPLOYMENT_NOT_FOUND,
                        "curp",
                        "the worker has no current employment under registro " + target.registro()));
    }

    private Person resolve(String curpText, String nssText) {
        boolean hasCurp = curpText != null && !curpText.isBlank();
        boolean hasNss = nssText != null && !nssText.isBlank();
        if (!hasCurp && !hasNss) {
            throw new MovementException(
                    MovementException.Problem.INVALID_FIELD, "curp", "a CURP or an NSS is required");
        }
        Optional<Person> byCurp =
                hasCurp ? persons.findByCurp(parse("curp", () -> Curp.parse(curpText))) : Optional.empty();
        Optional<Person> byNss = hasNss ? persons.findByNss(parse("nss", () -> Nss.parse(nssText))) : Optional.empty();
        if (hasCurp && byCurp.isEmpty()) {
            throw new MovementException(
                    MovementException.Problem.PERSON_NOT_FOUND, "curp", "no person with that CURP is registered");
        }
        if (hasNss && byNss.isEmpty()) {
            throw new MovementException(
                    MovementException.Problem.PERSON_NOT_FOUND, "nss", "no person with that NSS is registered");
        }
        if (hasCurp && hasNss && !byCurp.get().id().equals(byNss.get().id())) {
            throw new MovementException(
                    MovementException.Problem.IDENTIFIERS_DISAGREE,
                    "nss",
                    "the CURP and the NSS belong to different persons");
        }
        return byCurp.or(() -> byNss).orElseThrow();
    }

    private static <T> T parse(String field, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (InvalidIdentifierException e) {
            throw new MovementException(
                    MovementException.Problem.INVALID_FIELD, field, field + " is not valid: " + e.getMessage());
        }
    }
}
