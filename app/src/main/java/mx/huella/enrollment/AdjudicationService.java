package mx.huella.enrollment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import mx.huella.audit.Actor;
import mx.huella.audit.AuditEntry;
import mx.huella.audit.AuditLog;
import mx.huella.registry.Person;
import mx.huella.registry.PersonService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analysts' side of duplicate cases: the queue, oldest first with its service-level indicator;
 * a case with both persons' registry data and the scores; decisions with a mandatory reason.
 * DIFFERENT_PERSON completes the held enrollment. SAME_PERSON (identity fraud) takes a second,
 * different analyst's confirmation; confirmed, both identities are flagged and rejected, and
 * {@link IdentityFraudConfirmed} tells other modules (employers are notified from it). Every view
 * and decision is audited.
 */
@Service
public class AdjudicationService {
    private final JdbcClient jdbc;
    private final PersonService persons;
    private final EnrollmentSubmissions submissions;
    private final BiometricStatusLedger ledger;
    private final DuplicateCases cases;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration sla;

    AdjudicationService(
            JdbcClient jdbc,
            PersonService persons,
            EnrollmentSubmissions submissions,
            BiometricStatusLedger ledger,
            DuplicateCases cases,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${huella.adjudication.sla:48h}") Duration sla) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.submissions = submissions;
        this.ledger = ledger;
        this.cases = cases;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.sla = sla;
    }

    /** An analyst's decision on a case. */
    public enum Decision {
        SAME_PERSON,
        DIFFERENT_PERSON
    }

    /** A case in the queue. */
    public record QueuedCase(
            UUID caseId, UUID personId, CaseState state, Instant openedAt, long ageHours, boolean overdue) {}

    /** A case as an analyst reviews it; candidates is the ranked list recorded at submission (JSON). */
    public record CaseView(
            UUID caseId,
            CaseState state,
            Instant openedAt,
            PersonSummary enrolling,
            Optional<PersonSummary> matched,
            String candidates,
            List<PersonSummary> candidatePersons,
            Optional<String> firstDecision,
            Optional<String> firstAnalyst,
            Optional<String> firstReason) {}

    /** The registry data an analyst compares. */
    public record PersonSummary(UUID personId, String fullName, String curp, String nss, String birthDate) {}

    /** Open cases, oldest first; who looked at the queue is audited like any view of a case. */
    @Transactional
    public List<QueuedCase> queue(Actor reader) {
        audit(reader, "DUPLICATE_QUEUE_VIEWED", "", "SUCCESS");
        Instant now = clock.instant();
        return jdbc.sql("""
            select id, person_id, state, opened_at from enrollment.duplicate_case
            where state in ('OPEN', 'AWAITING_CONFIRMATION') order by opened_at, id
            """)
                .query((rs, n) -> {
                    Instant opened = rs.getTimestamp(4).toInstant();
                    Duration age = Duration.between(opened, now);
                    return new QueuedCase(
                            rs.getObject(1, UUID.class),
                            rs.getObject(2, UUID.class),
                            CaseState.valueOf(rs.getString(3)),
                            opened,
                            age.toHours(),
                            age.compareTo(sla) > 0);
                })
                .list();
    }

    /** A case for review; the view is audited. */
    @Transactional
    public CaseView view(UUID caseId, Actor analyst) {
        CaseRow row = row(caseId);
        audit(analyst, "DUPLICATE_CASE_VIEWED", caseId, "SUCCESS");
        return new CaseView(
                caseId,
                row.state(),
                row.openedAt(),
                summary(row.personId()),
                Optional.ofNullable(row.matchedPerson()).map(this::summary),
                row.candidates(),
                candidatePersons(row.candidates()).stream().map(this::summary).toList(),
                Optional.ofNullable(row.firstDecision()),
                Optional.ofNullable(row.firstAnalyst()),
                Optional.ofNullable(row.firstReason()));
    }

    /** The first analyst's decision, with its reason; SAME_PERSON with the best-ranked candidate. */
    @Transactional
    public String decide(UUID caseId, Decision decision, String reason, Actor analyst) {
        return decide(caseId, decision, reason, null, analyst);
    }

    /**
     * The first analyst's decision, with its reason.
     *
     * @param matchedPerson for SAME_PERSON, which of the ranked candidates the enrolling person is (the
     *     best-ranked when null): the one flagged with it and whose employers are told
     */
    @Transactional
    public String decide(UUID caseId, Decision decision, String reason, UUID matchedPerson, Actor analyst) {
        requireReason(reason);
        CaseRow row = lock(caseId);
        if (row.state() != CaseState.OPEN) {
            throw new EnrollmentException(
                    EnrollmentException.Problem.CASE_NOT_OPEN, "case " + caseId + " is " + row.state());
        }
        if (decision == Decision.SAME_PERSON && matchedPerson != null) {
            if (!candidatePersons(row.candidates()).contains(matchedPerson)) {
                throw new EnrollmentException(
                        EnrollmentException.Problem.NOT_A_CANDIDATE, matchedPerson + " is no candidate of " + caseId);
            }
            jdbc.sql("update enrollment.duplicate_case set matched_person = :matched where id = :id")
                    .param("matched", matchedPerson)
                    .param("id", caseId)
                    .update();
        }
        jdbc.sql("""
            update enrollment.duplicate_case set first_decision = :decision, first_analyst = :analyst,
                first_reason = :reason, first_decided_at = :at, state = :state, closed_at = :closed
            where id = :id
            """)
                .param("decision", decision.name())
                .param("analyst", analyst.name())
                .param("reason", reason.strip())
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .param(
                        "state",
                        (decision == Decision.SAME_PERSON
                                        ? CaseState.AWAITING_CONFIRMATION
                                        : CaseState.DIFFERENT_PERSON)
                                .name())
                .param("closed", decision == Decision.SAME_PERSON ? null : java.sql.Timestamp.from(clock.instant()))
                .param("id", caseId)
                .update();
        audit(analyst, "DUPLICATE_CASE_DECIDED", caseId, decision.name());
        if (decision == Decision.DIFFERENT_PERSON) {
            Optional<UUID> newCase =
                    submissions.completeAfterReview(row.sessionId(), candidatePersons(row.candidates()), analyst);
            cases.closed(caseId);
            if (newCase.isPresent()) {
                audit(analyst, "DUPLICATE_CASE_OPENED_ON_REVIEW", newCase.get(), "FROM " + caseId);
                return "DIFFERENT_PERSON_NEW_CASE";
            }
        }
        return (decision == Decision.SAME_PERSON ? CaseState.AWAITING_CONFIRMATION : CaseState.DIFFERENT_PERSON).name();
    }

    /**
     * The second analyst on a SAME_PERSON decision: confirms it (identity fraud: both identities
     * flagged and rejected) or sends the case back to the queue.
     */
    @Transactional
    public String confirm(UUID caseId, boolean confirmed, String reason, Actor analyst) {
        requireReason(reason);
        CaseRow row = lock(caseId);
        if (row.state() != CaseState.AWAITING_CONFIRMATION) {
            throw new EnrollmentException(
                    EnrollmentException.Problem.CASE_NOT_OPEN, "case " + caseId + " awaits no confirmation");
        }
        if (analyst.name().equals(row.firstAnalyst())) {
            audit.recordRefusal(new AuditEntry(
                    clock.instant(),
                    analyst.name(),
                    "DUPLICATE_CASE_CONFIRMATION_ATTEMPTED",
                    caseId.toString(),
                    "REFUSED FOUR_EYES",
                    analyst.channel()));
            throw new EnrollmentException(
                    EnrollmentException.Problem.FOUR_EYES, "a second analyst must confirm, not " + analyst.name());
        }
        if (!confirmed) {
            jdbc.sql("""
                update enrollment.duplicate_case set state = :state, first_decision = null, first_analyst = null,
                    first_reason = null, first_decided_at = null where id = :id
                """)
                    .param("state", CaseState.OPEN.name())
                    .param("id", caseId)
                    .update();
            audit(analyst, "DUPLICATE_CASE_CONFIRMATION_REFUSED", caseId, "REOPENED");
            return CaseState.OPEN.name();
        }
        Instant now = clock.instant();
        jdbc.sql("""
            update enrollment.duplicate_case set state = :state, confirmed_by = :analyst, confirm_reason = :reason,
                closed_at = :at where id = :id
            """)
                .param("state", CaseState.SAME_PERSON.name())
                .param("analyst", analyst.name())
                .param("reason", reason.strip())
                .param("at", java.sql.Timestamp.from(now))
                .param("id", caseId)
                .update();
        List<UUID> flagged =
                row.matchedPerson() == null ? List.of(row.personId()) : List.of(row.personId(), row.matchedPerson());
        for (UUID person : flagged) {
            jdbc.sql(
                            "insert into enrollment.identity_flag (person_id, case_id, flagged_at) values (:person, :case, :at)")
                    .param("person", person)
                    .param("case", caseId)
                    .param("at", java.sql.Timestamp.from(now))
                    .update();
        }
        ledger.reject(row.personId(), "IDENTITY_FRAUD", analyst);
        cases.closed(caseId);
        events.publishEvent(new IdentityFraudConfirmed(caseId, flagged));
        audit(analyst, "DUPLICATE_CASE_CONFIRMED", caseId, "SAME_PERSON");
        return CaseState.SAME_PERSON.name();
    }

    /**
     * Identities found under more than one CURP/NSS: the persons of confirmed identity-fraud cases,
     * cases that share a person joined into one identity (X matched Y, then Z: one human under three
     * registrations), most recently confirmed first.
     */
    @Transactional
    public List<GhostIdentity> ghostIdentities(Actor reader) {
        audit(reader, "GHOST_IDENTITY_REPORT_VIEWED", "", "SUCCESS");
        record Confirmed(UUID caseId, Instant at, List<UUID> persons) {}
        List<Confirmed> confirmed = jdbc.sql("""
            select c.id, c.closed_at, array_agg(f.person_id order by f.person_id) from enrollment.duplicate_case c
            join enrollment.identity_flag f on f.case_id = c.id where c.state = 'SAME_PERSON'
            group by c.id, c.closed_at order by c.closed_at, c.id
            """)
                .query((rs, n) -> new Confirmed(
                        rs.getObject(1, UUID.class),
                        rs.getTimestamp(2).toInstant(),
                        java.util.Arrays.stream((Object[]) rs.getArray(3).getArray())
                                .map(UUID.class::cast)
                                .toList()))
                .list();
        // Union of cases over shared persons, in confirmation order.
        Map<UUID, Integer> groupOf = new java.util.HashMap<>();
        List<java.util.Set<UUID>> personsOf = new java.util.ArrayList<>();
        List<List<UUID>> casesOf = new java.util.ArrayList<>();
        List<Instant> latest = new java.util.ArrayList<>();
        for (Confirmed c : confirmed) {
            java.util.TreeSet<Integer> joined = new java.util.TreeSet<>();
            c.persons()
                    .forEach(p -> java.util.Optional.ofNullable(groupOf.get(p)).ifPresent(joined::add));
            if (joined.isEmpty()) {
                joined.add(personsOf.size());
                personsOf.add(new java.util.LinkedHashSet<>());
                casesOf.add(new java.util.ArrayList<>());
                latest.add(c.at());
            }
            final int group = joined.first();
            for (int other : joined.tailSet(group, false)) {
                personsOf.get(group).addAll(personsOf.get(other));
                casesOf.get(group).addAll(casesOf.get(other));
                personsOf.get(other).forEach(p -> groupOf.put(p, group));
                personsOf.get(other).clear();
                casesOf.get(other).clear();
            }
            personsOf.get(group).addAll(c.persons());
            casesOf.get(group).add(c.caseId());
            latest.set(group, c.at());
            c.persons().forEach(p -> groupOf.put(p, group));
        }
        List<GhostIdentity> ghosts = new java.util.ArrayList<>();
        for (int g = 0; g < personsOf.size(); g++) {
            if (!personsOf.get(g).isEmpty()) {
                ghosts.add(new GhostIdentity(
                        List.copyOf(casesOf.get(g)),
                        latest.get(g),
                        personsOf.get(g).stream().map(this::summary).toList()));
            }
        }
        ghosts.sort(java.util.Comparator.comparing(GhostIdentity::confirmedAt).reversed());
        return ghosts;
    }

    /** One biometric identity, the registry identities it appeared under and the cases that found them. */
    public record GhostIdentity(List<UUID> caseIds, Instant confirmedAt, List<PersonSummary> identities) {}

    private PersonSummary summary(UUID personId) {
        Person person = persons.get(personId);
        return new PersonSummary(
                personId,
                person.fullName(),
                person.curp().value(),
                person.nss().map(nss -> nss.value()).orElse(null),
                person.birthDate().toString());
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new EnrollmentException(
                    EnrollmentException.Problem.REASON_REQUIRED, "every decision states its reason");
        }
    }

    private static final java.util.regex.Pattern CANDIDATE_PERSON =
            java.util.regex.Pattern.compile("\"personId\":\"([0-9a-f-]{36})\"");

    /** The persons of a case's ranked candidates (the JSON recorded when it opened), best first. */
    private static java.util.Set<UUID> candidatePersons(String candidates) {
        java.util.Set<UUID> persons = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher matcher = CANDIDATE_PERSON.matcher(candidates);
        while (matcher.find()) {
            persons.add(UUID.fromString(matcher.group(1)));
        }
        return persons;
    }

    private record CaseRow(
            UUID sessionId,
            UUID personId,
            UUID matchedPerson,
            CaseState state,
            Instant openedAt,
            String candidates,
            String firstDecision,
            String firstAnalyst,
            String firstReason) {}

    private CaseRow lock(UUID caseId) {
        jdbc.sql("select id from enrollment.duplicate_case where id = :id for update")
                .param("id", caseId)
                .query(UUID.class)
                .optional()
                .orElseThrow(
                        () -> new EnrollmentException(EnrollmentException.Problem.CASE_NOT_FOUND, "no case " + caseId));
        return row(caseId);
    }

    private CaseRow row(UUID caseId) {
        return jdbc.sql("""
            select session_id, person_id, matched_person, state, opened_at, candidates, first_decision, first_analyst,
                first_reason from enrollment.duplicate_case where id = :id
            """)
                .param("id", caseId)
                .query((rs, n) -> new CaseRow(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        CaseState.valueOf(rs.getString(4)),
                        rs.getTimestamp(5).toInstant(),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9)))
                .optional()
                .orElseThrow(
                        () -> new EnrollmentException(EnrollmentException.Problem.CASE_NOT_FOUND, "no case " + caseId));
    }

    private void audit(Actor actor, String action, UUID caseId, String outcome) {
        audit(actor, action, caseId.toString(), outcome);
    }

    /** A report about no single case has no subject. */
    private void audit(Actor actor, String action, String subject, String outcome) {
        audit.record(new AuditEntry(clock.instant(), actor.name(), action, subject, outcome, actor.channel()));
    }
}
