package mx.huella.enrollment;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import mx.huella.audit.Actor;
import mx.huella.audit.AuditEntry;
import mx.huella.audit.AuditLog;
import mx.huella.registry.PersonService;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Express consent to the processing of biometric (sensitive) data: recorded before any capture, with
 * who gave it, when, for which version of the privacy notice, in which language, and who recorded it
 * through which channel. Withdrawal is recorded too; it ends the consent without erasing its record.
 */
@Service
public class ConsentService {
    /** The privacy notice in force; its text is {@code privacy.notice.<version>} in the messages. */
    public static final String NOTICE_VERSION = "2026-11";

    private final JdbcClient jdbc;
    private final PersonService persons;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    ConsentService(JdbcClient jdbc, PersonService persons, AuditLog audit, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** The privacy notice in force, in the given language (Spanish unless English is asked). */
    public PrivacyNotice notice(Locale locale) {
        Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.of("es");
        return new PrivacyNotice(
                NOTICE_VERSION,
                language.getLanguage(),
                messages.getMessage("privacy.notice." + NOTICE_VERSION + ".title", null, language),
                messages.getMessage("privacy.notice." + NOTICE_VERSION + ".text", null, language));
    }

    /** Records consent given to the notice of {@code version}, read in {@code language}. */
    @Transactional
    public UUID give(UUID personId, String version, String language, Actor actor) {
        if (persons.find(personId).isEmpty()) {
            throw new EnrollmentException(EnrollmentException.Problem.PERSON_NOT_FOUND, "no person " + personId);
        }
        if (!NOTICE_VERSION.equals(version)) {
            throw new EnrollmentException(
                    EnrollmentException.Problem.UNKNOWN_NOTICE_VERSION,
                    "consent must be given to the notice in force, " + NOTICE_VERSION);
        }
        if (!"es".equals(language) && !"en".equals(language)) {
            throw new EnrollmentException(EnrollmentException.Problem.UNKNOWN_NOTICE_VERSION, "language es or en");
        }
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                insert into enrollment.consent (id, person_id, notice_version, language, given_at, recorded_by, channel)
                values (:id, :person, :version, :language, :at, :by, :channel)
                """)
                    .param("id", id)
                    .param("person", personId)
                    .param("version", version)
                    .param("language", language)
                    .param("at", java.sql.Timestamp.from(clock.instant()))
                    .param("by", actor.name())
                    .param("channel", actor.channel())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new EnrollmentException(
                    EnrollmentException.Problem.CONSENT_ALREADY_GIVEN, "the person already has consent in force");
        }
        audit.record(new AuditEntry(
                clock.instant(),
                actor.name(),
                "BIOMETRIC_CONSENT_GIVEN",
                personId.toString(),
                "SUCCESS",
                actor.channel()));
        return id;
    }

    /** Records the withdrawal of the consent in force; nothing is captured under it afterwards. */
    @Transactional
    public void withdraw(UUID personId, Actor actor) {
        // The open session first (the order a submission takes its locks in): it ends with the consent.
        int sessionsEnded = jdbc.sql(
                        "update enrollment.session set state = 'WITHDRAWN' where person_id = :person and state = 'OPEN'")
                .param("person", personId)
                .update();
        int withdrawn = jdbc.sql("""
            update enrollment.consent set withdrawn_at = :at, withdrawn_by = :by
            where person_id = :person and withdrawn_at is null
            """)
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .param("by", actor.name())
                .param("person", personId)
                .update();
        if (withdrawn == 0) {
            throw new EnrollmentException(
                    EnrollmentException.Problem.CONSENT_REQUIRED, "no consent in force to withdraw");
        }
        audit.record(new AuditEntry(
                clock.instant(),
                actor.name(),
                "BIOMETRIC_CONSENT_WITHDRAWN",
                personId.toString(),
                sessionsEnded == 0 ? "SUCCESS" : "SUCCESS; open session ended",
                actor.channel()));
    }

    /** The id of the consent in force for the person, if any. */
    @Transactional(readOnly = true)
    public Optional<UUID> active(UUID personId) {
        return jdbc.sql("select id from enrollment.consent where person_id = :person and withdrawn_at is null")
                .param("person", personId)
                .query(UUID.class)
                .optional();
    }

    /** A privacy notice as shown before consent. */
    public record PrivacyNotice(String version, String language, String title, String text) {}
}
