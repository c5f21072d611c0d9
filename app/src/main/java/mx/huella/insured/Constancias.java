package mx.huella.insured;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import mx.huella.audit.AuditEntry;
import mx.huella.audit.AuditLog;
import mx.huella.employer.EmploymentDirectory;
import mx.huella.employer.EmploymentState;
import mx.huella.identifier.Nss;
import mx.huella.registry.Person;
import mx.huella.registry.PersonService;
import mx.huella.restriction.Restriction;
import mx.huella.restriction.Restrictions;
import mx.huella.seal.PdfSignatures;
import mx.huella.seal.PlatformSeal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the Constancia de Vigencia de Derechos, a PDF signed with the platform key (PAdES): vigente when the person has an active employment and
 * no restriction; refused to a restricted or suspended person with what to do. Each one is sealed and
 * its PDF's SHA-256 kept, so that the public page confirms the folio and a copy is authentic only
 * byte for byte.
 */
@Service
public class Constancias {
    private static final ZoneId ZONE = ZoneId.of("America/Mexico_City");
    private final JdbcClient jdbc;
    private final PersonService persons;
    private final EmploymentDirectory employments;
    private final Restrictions restrictions;
    private final PlatformSeal seal;
    private final PdfSignatures pdfSignatures;
    private final ConstanciaDocument documents;
    private final AuditLog audit;
    private final Clock clock;

    Constancias(
            JdbcClient jdbc,
            PersonService persons,
            EmploymentDirectory employments,
            Restrictions restrictions,
            PlatformSeal seal,
            PdfSignatures pdfSignatures,
            ConstanciaDocument documents,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.employments = employments;
        this.restrictions = restrictions;
        this.seal = seal;
        this.pdfSignatures = pdfSignatures;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    /** A restricted or suspended person gets no certificate: the restriction says why and until when. */
    public static class Refused extends RuntimeException {
        private final transient Restriction restriction;

        Refused(Restriction restriction) {
            super(restriction.state().name());
            this.restriction = restriction;
        }

        public Restriction restriction() {
            return restriction;
        }
    }

    public record Issued(String folio, byte[] pdf) {}

    /** What the public page shows of a folio: no more personal data than the document itself. */
    public record Check(String folio, String maskedName, boolean vigente, Instant issuedAt, boolean current) {}

    @Transactional
    public Issued issue(UUID personId, String verificationBaseUrl) {
        Restriction restriction = restrictions.of(personId);
        if (restriction.blocksProcedures()) {
            throw new Refused(restriction);
        }
        Person person = persons.get(personId);
        List<EmploymentDirectory.PersonEmployment> jobs = employments.of(personId);
        Optional<EmploymentDirectory.PersonEmployment> active =
                jobs.stream().filter(j -> j.state() == EmploymentState.ACTIVE).findFirst();
        boolean vigente = active.isPresent();
        Instant now = clock.instant();
        long number = jdbc.sql("select nextval('insured.constancia_folio')")
                .query(Long.class)
                .single();
        String folio =
                "CVD-%d-%08d".formatted(LocalDate.now(clock.withZone(ZONE)).getYear(), number);
        String canonical = String.join(
                "|",
                "||HUELLA",
                "CONSTANCIA",
                folio,
                person.nss().map(Nss::value).orElse(""),
                person.curp().value(),
                vigente ? "VIGENTE" : "NO_VIGENTE",
                active.map(EmploymentDirectory.PersonEmployment::registro).orElse(""),
                now + "||");
        String sealed = seal.seal(canonical);
        byte[] unsigned = documents.render(
                new ConstanciaDocument.Content(
                        folio,
                        person,
                        vigente,
                        active,
                        now,
                        canonical,
                        sealed,
                        verificationBaseUrl + "/constancias/" + folio),
                seal.certificateNumber());
        byte[] pdf = pdfSignatures.sign(unsigned, "Constancia de Vigencia de Derechos " + folio);
        jdbc.sql("""
            insert into insured.constancia (folio, person_id, issued_at, vigente, canonical, seal, pdf_sha256)
            values (:folio, :p, :now, :vigente, :canonical, :seal, :hash)
            """)
                .param("folio", folio)
                .param("p", personId)
                .param("now", Timestamp.from(now))
                .param("vigente", vigente)
                .param("canonical", canonical)
                .param("seal", sealed)
                .param("hash", sha256(pdf))
                .update();
        audit.record(new AuditEntry(
                now,
                "insured:" + person.curp(),
                "CONSTANCIA_ISSUED",
                folio,
                vigente ? "VIGENTE" : "NO_VIGENTE",
                "WEB"));
        return new Issued(folio, pdf);
    }

    /** Whether the person is entitled today: an active employment and no restriction. */
    @Transactional(readOnly = true)
    public boolean vigente(UUID personId) {
        return !restrictions.of(personId).blocksProcedures()
                && employments.of(personId).stream().anyMatch(j -> j.state() == EmploymentState.ACTIVE);
    }

    /** The public check of a folio: authentic (sealed by the platform), and whether it is still current. */
    @Transactional(readOnly = true)
    public Optional<Check> check(String folio) {
        return jdbc.sql(
                        "select person_id, issued_at, vigente, canonical, seal from insured.constancia where folio = :f")
                .param("f", folio == null ? "" : folio.strip())
                .query((rs, n) -> {
                    UUID person = rs.getObject(1, UUID.class);
                    boolean authentic = seal.verifies(rs.getString(4), rs.getString(5));
                    if (!authentic) {
                        return null;
                    }
                    boolean vigente = rs.getBoolean(3);
                    Instant issued = rs.getTimestamp(2).toInstant();
                    // Current: issued this month and nothing has restricted the person since.
                    boolean current = vigente
                            && issued.isAfter(clock.instant().minus(java.time.Duration.ofDays(30)))
                            && !restrictions.of(person).blocksProcedures();
                    return new Check(folio, masked(persons.get(person).fullName()), vigente, issued, current);
                })
                .optional();
    }

    /** The folio of the issued document whose bytes these exactly are, if any. */
    @Transactional(readOnly = true)
    public Optional<String> folioOfCopy(byte[] pdf) {
        return jdbc.sql("select folio from insured.constancia where pdf_sha256 = :h")
                .param("h", sha256(pdf))
                .query(String.class)
                .optional();
    }

    static String masked(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split(" ")) {
            if (!word.isEmpty()) {
                out.append(out.length() > 0 ? " " : "")
                        .append(word.charAt(0))
                        .append("*".repeat(Math.max(0, word.length() - 1)));
            }
        }
        return out.toString();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
