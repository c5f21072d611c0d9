package mx.huella.employer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's employments as the person sees them ("my employers") and as their vigencia needs them. */
@Service
public class EmploymentDirectory {
    private final JdbcClient jdbc;

    EmploymentDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record PersonEmployment(
            String registro, String employerName, EmploymentState state, LocalDate startDate, LocalDate endDate) {}

    @Transactional(readOnly = true)
    public List<PersonEmployment> of(UUID personId) {
        return jdbc.sql("""
            select e.registro, m.legal_name, e.state, e.start_date, e.end_date from employer.employment e
            join employer.registro_patronal r on r.registro = e.registro join employer.employer m on m.id = r.employer_id
            where e.person_id = :p order by e.start_date desc
            """)
                .param("p", personId)
                .query((rs, n) -> new PersonEmployment(
                        rs.getString(1),
                        rs.getString(2),
                        EmploymentState.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class)))
                .list();
    }
}
