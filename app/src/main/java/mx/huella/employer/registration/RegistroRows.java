package mx.huella.employer.registration;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import mx.huella.employer.registration.EmployerException.Problem;
import mx.huella.identifier.RegistroPatronal;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The registros patronales table: which employer holds each registro, and in which wage zone. */
@Component
class RegistroRows {
    private final JdbcClient jdbc;

    RegistroRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new registro; refuses, naming {@code field}, one that any employer already holds. */
    void insert(UUID employerId, EmployerRegistro registro, String field) {
        String value = registro.registro().value();
        Optional<UUID> owner = jdbc.sql("select employer_id from employer.registro_patronal where registro = :r")
                .param("r", value)
                .query(UUID.class)
                .optional();
        if (owner.isPresent()) {
            throw taken(field, owner.get().equals(employerId));
        }
        try {
            jdbc.sql("""
                insert into employer.registro_patronal (registro, employer_id, label, wage_zone)
                values (:registro, :id, :label, :zone)
                """)
                    .param("registro", value)
                    .param("id", employerId)
                    .param("label", registro.registro().formatted())
                    .param("zone", registro.zone().name())
                    .update();
        } catch (DuplicateKeyException raced) {
            // Another request stored the same registro between the check and the insert.
            throw taken(field, false);
        }
    }

    /** The zone of one of the employer's registros, locked until the transaction ends. */
    Optional<WageZone> lockZone(UUID employerId, RegistroPatronal registro) {
        return jdbc.sql("""
            select wage_zone from employer.registro_patronal where registro = :registro and employer_id = :id
            for update
            """)
                .param("registro", registro.value())
                .param("id", employerId)
                .query(String.class)
                .optional()
                .map(WageZone::valueOf);
    }

    void setZone(RegistroPatronal registro, WageZone zone) {
        jdbc.sql("update employer.registro_patronal set wage_zone = :zone where registro = :registro")
                .param("zone", zone.name())
                .param("registro", registro.value())
                .update();
    }

    List<EmployerRegistro> of(UUID employerId) {
        return jdbc.sql(
                        "select registro, wage_zone from employer.registro_patronal where employer_id = :id order by registro")
                .param("id", employerId)
                .query((rs, row) -> new EmployerRegistro(
                        RegistroPatronal.parse(rs.getString("registro")), WageZone.valueOf(rs.getString("wage_zone"))))
                .list();
    }

    private static EmployerException taken(String field, boolean ours) {
        return new EmployerException(
                Problem.REGISTRO_TAKEN,
                field,
                ours ? "the registro already belongs to this employer" : "the registro belongs to another employer");
    }
}
