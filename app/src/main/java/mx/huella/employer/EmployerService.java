package mx.huella.employer;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.huella.audit.Actor;
import mx.huella.audit.AuditEntry;
import mx.huella.audit.AuditLog;
import mx.huella.identifier.RegistroPatronal;
import mx.huella.identifier.Rfc;
import mx.huella.notification.Mail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers employers with their registros patronales and lists them. */
@Service
public class EmployerService {
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    EmployerService(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Registers an employer and its registros in one transaction.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the RFC or a registro is taken
     */
    @Transactional
    public Employer register(
            Rfc rfc, String legalName, List<RegistroPatronal> registros, String contactEmail, Actor actor) {
        if (legalName == null || legalName.isBlank()) {
            throw new IllegalArgumentException("an employer needs its legal name");
        }
        if (contactEmail != null && !Mail.isAddress(contactEmail)) {
            throw new IllegalArgumentException("the contact address is not an e-mail address");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
            insert into employer.employer (id, rfc, legal_name, contact_email, created_at)
            values (:id, :rfc, :name, :email, :now)
            """)
                .param("id", id)
                .param("rfc", rfc.value())
                .param("name", legalName.strip())
                .param("email", contactEmail)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        for (RegistroPatronal registro : registros) {
            jdbc.sql(
                            "insert into employer.registro_patronal (registro, employer_id, label) values (:registro, :id, :label)")
                    .param("registro", registro.value())
                    .param("id", id)
                    .param("label", registro.formatted())
                    .update();
        }
        audit.record(new AuditEntry(
                clock.instant(), actor.name(), "EMPLOYER_REGISTERED", id.toString(), "SUCCESS", actor.channel()));
        return new Employer(id, rfc, legalName.strip(), registros);
    }

    @Transactional(readOnly = true)
    public List<Employer> all() {
        Map<UUID, Employer> employers = new LinkedHashMap<>();
        Map<UUID, List<RegistroPatronal>> registros = new LinkedHashMap<>();
        jdbc.sql("""
            select e.id, e.rfc, e.legal_name, r.registro from employer.employer e
            left join employer.registro_patronal r on r.employer_id = e.id
            order by e.legal_name, r.registro
            """).query(rs -> {
            UUID id = rs.getObject("id", UUID.class);
            employers.putIfAbsent(
                    id, new Employer(id, Rfc.parse(rs.getString("rfc")), rs.getString("legal_name"), List.of()));
            String registro = rs.getString("registro");
            List<RegistroPatronal> list = registros.computeIfAbsent(id, k -> new ArrayList<>());
            if (registro != null) {
                list.add(RegistroPatronal.parse(registro));
            }
        });
        return employers.values().stream()
                .map(e -> new Employer(e.id(), e.rfc(), e.legalName(), registros.get(e.id())))
                .toList();
    }

    @Transactional(readOnly = true)
    public long count() {
        return jdbc.sql("select count(*) from employer.employer")
                .query(Long.class)
                .single();
    }
}
