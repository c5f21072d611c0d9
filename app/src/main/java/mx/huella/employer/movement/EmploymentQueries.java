package mx.huella.employer.movement;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import mx.huella.employer.EmployerAccess;
import mx.huella.employer.EmploymentState;
import mx.huella.employer.MovementException;
import mx.huella.employer.registration.WageZone;
import mx.huella.identifier.Nss;
import mx.huella.registry.Person;
import mx.huella.registry.PersonService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads employments and movements, each read checked against the caller's {@link EmployerAccess}:
 * a registro or employment outside it is refused as not yours, never shown.
 */
@Component
public class EmploymentQueries {
    private static final String EMPLOYMENT_COLUMNS = """
        select e.id, e.registro, e.person_id, e.state, e.worker_type, e.salary_type, e.sbc, e.start_date, e.end_date,
          e.biometric_deadline, r.employer_id
        from employer.employment e join employer.registro_patronal r on r.registro = e.registro
        """;
    private static final String MOVEMENT_COLUMNS = """
        select id, folio, employment_id, kind, effective_date, sbc, termination_cause, state, filed_at, filed_by,
          effective_at, canonical, seal from employer.movement
        """;
    private final JdbcClient jdbc;
    private final PersonService persons;

    EmploymentQueries(JdbcClient jdbc, PersonService persons) {
        this.jdbc = jdbc;
        this.persons = persons;
    }

    public Registro registro(String registro, EmployerAccess access) {
        String normalized =
                registro == null ? "" : registro.replace("-", "").strip().toUpperCase(java.util.Locale.ROOT);
        Registro found = jdbc.sql(
                        "select registro, employer_id, wage_zone from employer.registro_patronal where registro = :r")
                .param("r", normalized)
                .query((rs, n) -> new Registro(
                        rs.getString("registro"),
                        rs.getObject("employer_id", UUID.class),
                        WageZone.valueOf(rs.getString("wage_zone"))))
                .optional()
                .orElseThrow(() -> new MovementException(
                        MovementException.Problem.REGISTRO_NOT_FOUND, "registro", "no such registro patronal"));
        if (!access.covers(found.employerId(), found.registro())) {
            throw new MovementException(
                    MovementException.Problem.NOT_YOUR_REGISTRO, "registro", "the registro is not one you may act on");
        }
        return found;
    }

    Employment lockEmployment(UUID id, EmployerAccess access) {
        jdbc.sql("select id from employer.employment where id = :id for update")
                .param("id", id)
                .query(UUID.class)
                .optional();
        return employment(id, access);
    }

    @Transactional(readOnly = true)
    Employment employment(UUID id, EmployerAccess access) {
        Owned owned = jdbc.sql(EMPLOYMENT_COLUMNS + " where e.id = :id")
                .param("id", id)
                .query(EmploymentQueries::owned)
                .optional()
                .map(this::named)
                .orElseThrow(() -> new MovementException(
                        MovementException.Problem.EMPLOYMENT_NOT_FOUND, null, "no such employment"));
        if (!access.covers(owned.employerId(), owned.employment().registro())) {
            // Not yours is answered as not found: another employer's workers are not even confirmed to exist.
            throw new MovementException(MovementException.Problem.EMPLOYMENT_NOT_FOUND, null, "no such employment");
        }
        return owned.employment();
    }

    @Transactional(readOnly = true)
    public List<Employment> employments(String registro, EmployerAccess access) {
        Registro checked = registro(registro, access);
        List<Owned> rows = jdbc.sql(EMPLOYMENT_COLUMNS + """
             where e.registro = :registro
             order by case e.state when 'PENDING_BIOMETRICS' then 0 when 'ACTIVE' then 1 else 2 end,
               e.biometric_deadline nulls last, e.start_date desc
            """)
                .param("registro", checked.registro())
                .query(EmploymentQueries::owned)
                .list();
        Map<UUID, Person> named =
                persons.byIds(rows.stream().map(o -> o.employment().personId()).toList());
        return rows.stream()
                .map(o -> named(o, named.get(o.employment().personId())).employment())
                .toList();
    }

    private Owned named(Owned owned) {
        return named(owned, persons.get(owned.employment().personId()));
    }

    private static Owned named(Owned owned, Person person) {
        Employment e = owned.employment();
        return new Owned(
                new Employment(
                        e.id(),
                        e.registro(),
                        e.personId(),
                        person.fullName(),
                        person.curp().value(),
                        person.nss().map(Nss::value).orElse(""),
                        e.state(),
                        e.workerType(),
                        e.salaryType(),
                        e.sbc(),
                        e.startDate(),
                        e.endDate(),
                        e.biometricDeadline()),
                owned.employerId());
    }

    @Transactional(readOnly = true)
    List<Movement> movements(UUID employmentId, EmployerAccess access) {
        employment(employmentId, access);
        return jdbc.sql(MOVEMENT_COLUMNS + " where employment_id = :id order by filed_at, folio")
                .param("id", employmentId)
                .query(EmploymentQueries::movement)
                .list();
    }

    Optional<Movement> movement(String folio) {
        return jdbc.sql(MOVEMENT_COLUMNS + " where folio = :folio")
                .param("folio", folio)
                .query(EmploymentQueries::movement)
                .optional();
    }

    Optional<Movement> movementByDedupKey(String key) {
        return jdbc.sql(MOVEMENT_COLUMNS + " where dedup_key = :key")
                .param("key", key)
                .query(EmploymentQueries::movement)
                .optional();
    }

    private record Owned(Employment employment, UUID employerId) {}

    private static Owned owned(ResultSet rs, int row) throws SQLException {
        Employment employment = new Employment(
                rs.getObject("id", UUID.class),
                rs.getString("registro"),
                rs.getObject("person_id", UUID.class),
                "",
                "",
                "",
                EmploymentState.valueOf(rs.getString("state")),
                WorkerType.ofCode(rs.getInt("worker_type")).orElseThrow(),
                SalaryType.ofCode(rs.getInt("salary_type")).orElseThrow(),
                rs.getBigDecimal("sbc"),
                rs.getObject("start_date", java.time.LocalDate.class),
                Optional.ofNullable(rs.getObject("end_date", java.time.LocalDate.class)),
                Optional.ofNullable(rs.getObject("biometric_deadline", java.time.LocalDate.class)));
        return new Owned(employment, rs.getObject("employer_id", UUID.class));
    }

    private static Movement movement(ResultSet rs, int row) throws SQLException {
        BigDecimal sbc = rs.getBigDecimal("sbc");
        String cause = rs.getString("termination_cause");
        java.sql.Timestamp effectiveAt = rs.getTimestamp("effective_at");
        return new Movement(
                rs.getObject("id", UUID.class),
                rs.getString("folio"),
                rs.getObject("employment_id", UUID.class),
                MovementKind.valueOf(rs.getString("kind")),
                rs.getObject("effective_date", java.time.LocalDate.class),
                Optional.ofNullable(sbc),
                Optional.ofNullable(cause).flatMap(TerminationCause::ofCode),
                rs.getString("state"),
                rs.getTimestamp("filed_at").toInstant(),
                rs.getString("filed_by"),
                Optional.ofNullable(effectiveAt).map(java.sql.Timestamp::toInstant),
                rs.getString("canonical"),
                rs.getString("seal"));
    }
}
