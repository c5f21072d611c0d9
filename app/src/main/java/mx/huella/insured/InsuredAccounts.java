package mx.huella.insured;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import mx.huella.audit.AuditEntry;
import mx.huella.audit.AuditLog;
import mx.huella.identifier.Curp;
import mx.huella.identifier.InvalidIdentifierException;
import mx.huella.registry.Person;
import mx.huella.registry.PersonService;
import mx.huella.verification.VerificationService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts of insured persons. Opening one needs the CURP and NSS of one registered person and a
 * fingerprint that matches their enrollment (1:1); signing in needs CURP and password, and five
 * failures lock the account for fifteen minutes.
 */
@Service
public class InsuredAccounts {
    static final int MIN_PASSWORD = 10;
    static final int MAX_FAILURES = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(15);
    private final JdbcClient jdbc;
    private final PersonService persons;
    private final VerificationService verifications;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Clock clock;
    private final String dummy;

    InsuredAccounts(
            JdbcClient jdbc,
            PersonService persons,
            VerificationService verifications,
            PasswordEncoder passwords,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.verifications = verifications;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
        this.dummy = passwords.encode("no-account-has-this-password");
    }

    /** Why an account was not opened or a sign-in refused. */
    public enum Refusal {
        UNKNOWN_PERSON,
        WEAK_PASSWORD,
        NOT_ENROLLED,
        FINGER_DID_NOT_MATCH,
        ALREADY_EXISTS,
        WRONG_CREDENTIALS,
        LOCKED
    }

    public static class InsuredException extends RuntimeException {
        private final Refusal refusal;

        InsuredException(Refusal refusal) {
            super(refusal.name());
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    @Transactional(noRollbackFor = InsuredException.class)
    public InsuredUser open(
            String curpText, String nssText, String password, Map<Integer, byte[]> fingers, String client) {
        Person person = person(curpText)
                .filter(p -> p.nss()
                        .map(n -> n.value().equals(nssText == null ? "" : nssText.strip()))
                        .orElse(false))
                .orElseThrow(() -> new InsuredException(Refusal.UNKNOWN_PERSON));
        if (password == null
                || password.length() < MIN_PASSWORD
                || password.equalsIgnoreCase(person.curp().value())) {
            throw new InsuredException(Refusal.WEAK_PASSWORD);
        }
        VerificationService.Result result = verifications.verify(
                person.curp().value(),
                fingers,
                new VerificationService.Context("WEB", null, "insured:" + person.curp(), client));
        if (result.decision() == VerificationService.Decision.NOT_ENROLLED) {
            throw new InsuredException(Refusal.NOT_ENROLLED);
        }
        if (result.decision() != VerificationService.Decision.MATCH) {
            throw new InsuredException(Refusal.FINGER_DID_NOT_MATCH);
        }
        int created = jdbc.sql("""
            insert into insured.account (person_id, curp, password_hash, created_at) values (:p, :curp, :hash, :now)
            on conflict do nothing
            """)
                .param("p", person.id())
                .param("curp", person.curp().value())
                .param("hash", passwords.encode(password))
                .param("now", Timestamp.from(clock.instant()))
                .update();
        if (created == 0) {
            throw new InsuredException(Refusal.ALREADY_EXISTS);
        }
        audit.record(new AuditEntry(
                clock.instant(),
                "insured:" + person.curp(),
                "INSURED_ACCOUNT_OPENED",
                person.id().toString(),
                "SUCCESS",
                "WEB"));
        return new InsuredUser(person.id(), person.curp().value(), person.fullName());
    }

    @Transactional(noRollbackFor = InsuredException.class)
    public InsuredUser signIn(String curpText, String password) {
        Instant now = clock.instant();
        Optional<Person> person = person(curpText);
        Optional<Stored> account = person.flatMap(p -> jdbc.sql("""
            select password_hash, failed_attempts, locked_until from insured.account where person_id = :p for update
            """)
                .param("p", p.id())
                .query((rs, n) -> new Stored(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()))
                .optional());
        if (account.isEmpty()) {
            passwords.matches(password == null ? "" : password, dummy);
            throw new InsuredException(Refusal.WRONG_CREDENTIALS);
        }
        UUID id = person.get().id();
        if (account.get().lockedUntil() != null && account.get().lockedUntil().isAfter(now)) {
            throw new InsuredException(Refusal.LOCKED);
        }
        if (password == null || !passwords.matches(password, account.get().hash())) {
            int failures = account.get().failures() + 1;
            boolean lock = failures >= MAX_FAILURES;
            jdbc.sql("update insured.account set failed_attempts = :f, locked_until = :until where person_id = :p")
                    .param("f", lock ? 0 : failures)
                    .param("until", lock ? Timestamp.from(now.plus(LOCKOUT)) : null)
                    .param("p", id)
                    .update();
            audit.record(new AuditEntry(
                    now,
                    "insured:" + person.get().curp(),
                    "INSURED_SIGN_IN",
                    id.toString(),
                    lock ? "LOCKED" : "FAILURE",
                    "WEB"));
            throw new InsuredException(lock ? Refusal.LOCKED : Refusal.WRONG_CREDENTIALS);
        }
        jdbc.sql("update insured.account set failed_attempts = 0, locked_until = null where person_id = :p")
                .param("p", id)
                .update();
        audit.record(new AuditEntry(
                now, "insured:" + person.get().curp(), "INSURED_SIGN_IN", id.toString(), "SUCCESS", "WEB"));
        return new InsuredUser(id, person.get().curp().value(), person.get().fullName());
    }

    private record Stored(String hash, int failures, Instant lockedUntil) {}

    private Optional<Person> person(String curpText) {
        try {
            return persons.findByCurp(
                    Curp.parse(curpText == null ? "" : curpText.strip().toUpperCase(java.util.Locale.ROOT)));
        } catch (InvalidIdentifierException e) {
            return Optional.empty();
        }
    }
}
