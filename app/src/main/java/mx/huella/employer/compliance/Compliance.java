package mx.huella.employer.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import mx.huella.employer.EmployerAccess;
import mx.huella.employer.movement.BiometricDeadlines;
import mx.huella.employer.movement.Employment;
import mx.huella.employer.movement.EmploymentQueries;
import mx.huella.employer.movement.MovementDates;
import mx.huella.enrollment.BiometricStatusLedger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where an employer stands with biometric enrollment, per registro patronal: workers active, altas
 * pending biometrics within their deadline, those due within a week, and those past it (restricted).
 */
@Service
class Compliance {
    private final JdbcClient jdbc;
    private final Clock clock;

    private final EmploymentQueries queries;
    private final BiometricStatusLedger enrollments;

    Compliance(JdbcClient jdbc, Clock clock, EmploymentQueries queries, BiometricStatusLedger enrollments) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.queries = queries;
        this.enrollments = enrollments;
    }

    /** One page of a registro's workers under a filter, each with its biometric status. */
    @Transactional(readOnly = true)
    public WorkerList workers(String registro, EmployerAccess access, WorkerList.Filter filter, int page) {
        List<Employment> employments = queries.employments(registro, access);
        return WorkerList.of(
                employments,
                enrollments.statuses(
                        employments.stream().map(Employment::personId).toList()),
                MovementDates.today(clock),
                filter,
                page);
    }

    public record RegistroCounts(
            String registro, String label, long active, long pending, long dueSoon, long restricted, long terminated) {}

    @Transactional(readOnly = true)
    public List<RegistroCounts> byRegistro(EmployerAccess access) {
        LocalDate today = MovementDates.today(clock);
        UUID employer = access.employerId().orElse(null);
        return jdbc
                .sql("""
            select r.registro, r.label,
              count(*) filter (where e.state = 'ACTIVE') as active,
              count(*) filter (where e.state <> 'TERMINATED' and e.biometric_deadline >= :today) as pending,
              count(*) filter (where e.state <> 'TERMINATED' and e.biometric_deadline >= :today
                and e.biometric_deadline <= :soon) as due_soon,
              count(*) filter (where e.state <> 'TERMINATED' and e.biometric_deadline < :today) as restricted,
              count(*) filter (where e.state = 'TERMINATED') as terminated
            from employer.registro_patronal r left join employer.employment e on e.registro = r.registro
            where (cast(:employer as uuid) is null or r.employer_id = :employer)
            group by r.registro, r.label order by r.registro
            """)
                .param("today", today)
                .param("soon", today.plusDays(BiometricDeadlines.DUE_SOON_DAYS))
                .param("employer", employer)
                .query((rs, n) -> new RegistroCounts(
                        rs.getString("registro"),
                        rs.getString("label"),
                        rs.getLong("active"),
                        rs.getLong("pending"),
                        rs.getLong("due_soon"),
                        rs.getLong("restricted"),
                        rs.getLong("terminated")))
                .list()
                .stream()
                .filter(c -> access.registros().isEmpty() || access.registros().contains(c.registro()))
                .toList();
    }
}
