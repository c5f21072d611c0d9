package mx.huella.employer.registration;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import mx.huella.audit.Actor;
import mx.huella.audit.AuditEntry;
import mx.huella.audit.AuditLog;
import mx.huella.employer.registration.EmployerException.Problem;
import mx.huella.identifier.RegistroPatronal;
import mx.huella.identifier.Rfc;
import mx.huella.notification.Mail;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers employers with their registros patronales, keeps their wage zones and contact address,
 * and lists them. Every change is one transaction and one audit entry; refusals are {@link
 * EmployerException}s naming the field at fault. The RFC and each registro are unique, so a repeated
 * submission is refused rather than stored twice, also when two arrive at once.
 */
@NamedInterface("registration")
@Service
public class EmployerService {
    static final int MAX_NAME = 300;

    private final JdbcClient jdbc;
    private final RegistroRows registroRows;
    private final AuditLog audit;
    private final Clock clock;
    private final EmployerMail mail;

    /** {@code ana.lopez@empresa.example} as {@code a***@empresa.example}. */
    static String masked(String address) {
        int at = address.indexOf('@');
        return at <= 0 ? "***" : address.charAt(0) + "***" + address.substring(at);
    }

    EmployerService(JdbcClient jdbc, RegistroRows registroRows, AuditLog audit, Clock clock, EmployerMail mail) {
        this.mail = mail;
        this.jdbc = jdbc;
        this.registroRows = registroRows;
        this.audit = audit;
        this.clock = clock;
    }

    /** Registers an employer whose registros all lie in the {@link WageZone#GENERAL general} zone. */
    @Transactional
    public Employer register(
            Rfc rfc, String legalName, List<RegistroPatronal> registros, String contactEmail, Actor actor) {
        List<EmployerRegistro> general = registros.stream()
                .map(registro -> new EmployerRegistro(registro, WageZone.GENERAL))
                .toList();
        EmployerView registered = register(rfc, legalName, contactEmail, general, actor);
        return new Employer(registered.id(), rfc, registered.legalName(), registros);
    }

    /**
     * Registers an employer and its registros, each with its wage zone, in one transaction.
     *
     * @param contactEmail where the institute's mails to the employer go; null for none
     * @throws EmployerException INVALID_RFC for a generic RFC, INVALID_NAME, INVALID_EMAIL,
     *     INVALID_REGISTRO for a registro listed twice, DUPLICATE_RFC, REGISTRO_TAKEN
     */
    @Transactional
    public EmployerView register(
            Rfc rfc, String legalName, String contactEmail, List<EmployerRegistro> registros, Actor actor) {
        if (rfc.isGeneric()) {
            throw new EmployerException(Problem.INVALID_RFC, "rfc", "a generic RFC cannot identify an employer");
        }
        String name = legalName(legalName);
        requireAddress(contactEmail);
        Set<RegistroPatronal> listed = new HashSet<>();
        for (int i = 0; i < registros.size(); i++) {
            if (!listed.add(registros.get(i).registro())) {
                throw new EmployerException(
                        Problem.INVALID_REGISTRO, "registros[" + i + "].registro", "the registro is listed twice");
            }
        }
        if (employerId(rfc).isPresent()) {
            throw new EmployerException(Problem.DUPLICATE_RFC, "rfc", "an employer with this RFC is registered");
        }
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                insert into employer.employer (id, rfc, legal_name, contact_email, created_at)
                values (:id, :rfc, :name, :email, :now)
                """)
                    .param("id", id)
                    .param("rfc", rfc.value())
                    .param("name", name)
                    .param("email", contactEmail)
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException raced) {
            throw new EmployerException(Problem.DUPLICATE_RFC, "rfc", "an employer with this RFC is registered");
        }
        for (int i = 0; i < registros.size(); i++) {
            registroRows.insert(id, registros.get(i), "registros[" + i + "].registro");
        }
        audit.record(entry(actor, "EMPLOYER_REGISTERED", id.toString(), "SUCCESS"));
        return view(id);
    }

    /**
     * Adds a registro, with its wage zone, to a registered employer.
     *
     * @throws EmployerException EMPLOYER_NOT_FOUND, or REGISTRO_TAKEN when the registro belongs to
     *     this or another employer
     */
    @Transactional
    public EmployerView addRegistro(Rfc rfc, EmployerRegistro registro, Actor actor) {
        UUID id = requireEmployer(rfc);
        registroRows.insert(id, registro, "registro");
        audit.record(
                entry(actor, "EMPLOYER_REGISTRO_ADDED", registro.registro().value(), "SUCCESS " + registro.zone()));
        return view(id);
    }

    /**
     * Moves one of the employer's registros to another wage zone. Movements filed from now on are
     * bounded by the new zone's minimum wage; those already filed keep the SBC they were accepted with.
     *
     * @throws EmployerException EMPLOYER_NOT_FOUND, or REGISTRO_NOT_FOUND when the registro is not
     *     this employer's
     */
    @Transactional
    public EmployerView changeWageZone(Rfc rfc, RegistroPatronal registro, WageZone zone, Actor actor) {
        UUID id = requireEmployer(rfc);
        WageZone current = registroRows
                .lockZone(id, registro)
                .orElseThrow(() -> new EmployerException(
                        Problem.REGISTRO_NOT_FOUND, "registro", "the employer has no such registro"));
        if (current != zone) {
            registroRows.setZone(registro, zone);
            audit.record(
                    entry(actor, "EMPLOYER_WAGE_ZONE_CHANGED", registro.value(), "SUCCESS " + current + "->" + zone));
        }
        return view(id);
    }

    /**
     * Replaces the address that the institute's mails to the employer go to.
     *
     * @throws EmployerException EMPLOYER_NOT_FOUND, or INVALID_EMAIL for a missing or malformed address
     */
    @Transactional
    public EmployerView changeContactEmail(Rfc rfc, String contactEmail, Actor actor) {
        UUID id = requireEmployer(rfc);
        if (contactEmail == null) {
            throw new EmployerException(Problem.INVALID_EMAIL, "contactEmail", "the contact address is missing");
        }
        requireAddress(contactEmail);
        // The address being replaced hears of it first: a change it did not expect is the first
        // sign that someone redirected the institute's mail (it sees the new address only masked).
        mail.send(id, "contactChanged", "CONTACT_CHANGED", rfc.value(), masked(contactEmail.strip()));
        jdbc.sql("update employer.employer set contact_email = :email where id = :id")
                .param("email", contactEmail)
                .param("id", id)
                .update();
        mail.send(id, "contactSet", "CONTACT_CHANGED", rfc.value());
        audit.record(entry(actor, "EMPLOYER_CONTACT_CHANGED", id.toString(), "SUCCESS"));
        return view(id);
    }

    /** The employer with this RFC, its contact address and its registros with their zones. */
    @Transactional(readOnly = true)
    public Optional<EmployerView> find(Rfc rfc) {
        return employerId(rfc).map(this::view);
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

    private Optional<UUID> employerId(Rfc rfc) {
        return jdbc.sql("select id from employer.employer where rfc = :rfc")
                .param("rfc", rfc.value())
                .query(UUID.class)
                .optional();
    }

    private UUID requireEmployer(Rfc rfc) {
        return employerId(rfc)
                .orElseThrow(
                        () -> new EmployerException(Problem.EMPLOYER_NOT_FOUND, "rfc", "no employer has this RFC"));
    }

    private EmployerView view(UUID id) {
        List<EmployerRegistro> registros = registroRows.of(id);
        return jdbc.sql("select rfc, legal_name, contact_email from employer.employer where id = :id")
                .param("id", id)
                .query((rs, row) -> new EmployerView(
                        id,
                        Rfc.parse(rs.getString("rfc")),
                        rs.getString("legal_name"),
                        rs.getString("contact_email"),
                        registros))
                .single();
    }

    private static String legalName(String legalName) {
        if (legalName == null || legalName.isBlank() || legalName.strip().length() > MAX_NAME) {
            throw new EmployerException(
                    Problem.INVALID_NAME,
                    "legalName",
                    "the legal name is required, at most " + MAX_NAME + " characters");
        }
        return legalName.strip();
    }

    private static void requireAddress(String contactEmail) {
        if (contactEmail != null && !Mail.isAddress(contactEmail)) {
            throw new EmployerException(
                    Problem.INVALID_EMAIL, "contactEmail", "the contact address is not an e-mail address");
        }
    }

    private AuditEntry entry(Actor actor, String action, String subject, String outcome) {
        return new AuditEntry(clock.instant(), actor.name(), action, subject, outcome, actor.channel());
    }
}
