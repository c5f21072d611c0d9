package mx.huella.employer.access;

import java.util.UUID;
import mx.huella.enrollment.CaptureAuthorization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Employer-side capture: an HR user the employer allowed to enroll may run the enrollment of a
 * person with a current employment (or an alta pending biometrics) under one of that user's
 * registros, and of nobody else.
 */
@Component
class EmployerCaptureAuthorization implements CaptureAuthorization {
    private final JdbcClient jdbc;

    EmployerCaptureAuthorization(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public java.util.Optional<String> premises(Authentication caller) {
        return caller.getPrincipal() instanceof EmployerUser user
                ? java.util.Optional.of(user.rfc())
                : java.util.Optional.empty();
    }

    @Override
    public boolean mayEnroll(Authentication caller, UUID personId) {
        if (!(caller.getPrincipal() instanceof EmployerUser user) || !user.delegate() || !user.mayEnroll()) {
            return false;
        }
        return jdbc.sql("""
            select exists (select 1 from employer.employment e join employer.registro_patronal r on r.registro = e.registro
              where e.person_id = :person and e.state <> 'TERMINATED' and r.employer_id = :employer
              and e.registro = any(:registros))
            """)
                .param("person", personId)
                .param("employer", user.employerId())
                .param("registros", user.registros().toArray(String[]::new))
                .query(Boolean.class)
                .single();
    }
}
