package mx.huella.employer.compliance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.huella.employer.movement.MovementDates;
import mx.huella.registry.Person;
import mx.huella.registry.PersonService;
import mx.huella.restriction.Restrictions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The enrollment schedule of workers hired before biometrics were required
 * ({@code huella.employer.existing-workers.schedule}, phases by NSS subdelegación, see
 * {@link SchedulePhase#parseAll}). {@code notice-days} (90) before a phase's deadline it is announced:
 * every worker with an active employment, in the phase and not enrolled, gets the deadline through the
 * restriction engine and on each of their employments, so employers see it, are reminded and see the
 * worker restricted if it passes. Each phase is announced once, by one node, in one transaction.
 */
@Component
class ExistingWorkersSchedule {
    private static final Logger log = LoggerFactory.getLogger(ExistingWorkersSchedule.class);
    private static final long LOCK = 0x68756c6c61_02L;
    private static final int PAGE = 1_000;
    private final List<SchedulePhase> phases;
    private final int noticeDays;
    private final JdbcClient jdbc;
    private final PersonService persons;
    private final Restrictions restrictions;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ExistingWorkersSchedule(
            @Value("${huella.employer.existing-workers.schedule:}") String schedule,
            @Value("${huella.employer.existing-workers.notice-days:90}") int noticeDays,
            JdbcClient jdbc,
            PersonService persons,
            Restrictions restrictions,
            TransactionTemplate transactions,
            Clock clock) {
        this.phases = SchedulePhase.parseAll(schedule);
        if (noticeDays < 1) {
            throw new IllegalArgumentException("huella.employer.existing-workers.notice-days must be at least 1");
        }
        this.noticeDays = noticeDays;
        this.jdbc = jdbc;
        this.persons = persons;
        this.restrictions = restrictions;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${huella.employer.schedule-interval:1h}", initialDelayString = "45s")
    void tick() {
        announceDue();
    }

    /** Announces every phase whose notice period has begun and that was not announced yet; returns the workers given a deadline. */
    int announceDue() {
        LocalDate today = MovementDates.today(clock);
        int workers = 0;
        for (SchedulePhase phase : phases) {
            if (!today.isBefore(phase.deadline().minusDays(noticeDays))) {
                Integer announced = transactions.execute(status -> announce(phase));
                workers += announced == null ? 0 : announced;
            }
        }
        return workers;
    }

    private int announce(SchedulePhase phase) {
        boolean mine = Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(:key)")
                .param("key", LOCK)
                .query(Boolean.class)
                .single());
        boolean done = jdbc.sql("""
            select exists (select 1 from employer.schedule_phase
            where deadline = :deadline and first_subdelegacion = :first and last_subdelegacion = :last)
            """)
                .param("deadline", phase.deadline())
                .param("first", phase.first())
                .param("last", phase.last())
                .query(Boolean.class)
                .single();
        if (!mine || done) {
            return 0;
        }
        int count = 0;
        // PostgreSQL orders uuids by their unsigned bytes: all zeros comes first.
        UUID after = new UUID(0, 0);
        while (true) {
            List<UUID> page = jdbc.sql("""
                select distinct person_id from employer.employment
                where state = 'ACTIVE' and person_id > :after order by person_id limit :limit
                """)
                    .param("after", after)
                    .param("limit", PAGE)
                    .query(UUID.class)
                    .list();
            if (page.isEmpty()) {
                break;
            }
            after = page.get(page.size() - 1);
            Map<UUID, Person> people = persons.byIds(page);
            for (UUID personId : page) {
                Person person = people.get(personId);
                if (person == null
                        || person.nss().isEmpty()
                        || !phase.covers(person.nss().get().value())) {
                    continue;
                }
                restrictions.require(personId, phase.deadline(), "calendario " + phase);
                if (restrictions.of(personId).state() != mx.huella.restriction.RestrictionState.NONE) {
                    jdbc.sql("""
                        update employer.employment set biometric_deadline = least(biometric_deadline, :deadline)
                        where person_id = :person and state = 'ACTIVE'
                        """)
                            .param("deadline", phase.deadline())
                            .param("person", personId)
                            .update();
                    count++;
                }
            }
        }
        jdbc.sql("""
            insert into employer.schedule_phase (deadline, first_subdelegacion, last_subdelegacion, announced_at, workers)
            values (:deadline, :first, :last, :at, :workers)
            """)
                .param("deadline", phase.deadline())
                .param("first", phase.first())
                .param("last", phase.last())
                .param("at", Timestamp.from(clock.instant()))
                .param("workers", count)
                .update();
        log.info("Enrollment schedule: phase {} announced to {} workers", phase, count);
        return count;
    }
}
