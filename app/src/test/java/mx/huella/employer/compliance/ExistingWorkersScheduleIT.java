package mx.huella.employer.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import mx.huella.AdjustableClock;
import mx.huella.ApiClient;
import mx.huella.RunningPortal;
import mx.huella.audit.Actor;
import mx.huella.employer.movement.MovementDates;
import mx.huella.employer.registration.EmployerService;
import mx.huella.enrollment.Enrollments;
import mx.huella.identifier.RegistroPatronal;
import mx.huella.identifier.Rfc;
import mx.huella.registry.PersonService;
import mx.huella.restriction.RestrictionState;
import mx.huella.restriction.Restrictions;
import mx.huella.staff.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

class ExistingWorkersScheduleIT extends RunningPortal {
    private static final String REGISTRO = "K7700000011";

    @Autowired
    EmployerService employers;

    @Autowired
    PersonService persons;

    @Autowired
    Restrictions restrictions;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @AfterEach
    void backToNow() {
        AdjustableClock.reset();
    }

    @Test
    void aPhaseGivesItsUnenrolledActiveWorkersADeadlineOnceAndTheyAreRestrictedWhenItPasses() {
        String body = "SCH251101K7";
        employers.register(
                Rfc.parse(body + Rfc.checkDigit(body)),
                "Calendario, S.A.",
                List.of(RegistroPatronal.parse(REGISTRO)),
                null,
                Actor.SYSTEM);
        ApiClient operator =
                new ApiClient(baseUrl(), "schedule.operator", accountWith("schedule.operator", Role.OPERATOR));
        Enrollments enrollments = new Enrollments(operator);
        String inPhase = enrollments.registerPerson();
        String enrolled = enrollments.registerPerson();
        assertThat(enrollments.enrollTenFingers(enrolled, 74_000, 0)).isEqualTo("ENROLLED");
        String outside = enrollments.registerPerson();
        while (List.of(subdelegacion(inPhase), subdelegacion(enrolled)).contains(subdelegacion(outside))) {
            outside = enrollments.registerPerson();
        }
        for (String worker : List.of(inPhase, enrolled, outside)) {
            hiredBeforeBiometrics(UUID.fromString(worker));
        }
        LocalDate today = MovementDates.today(clock);
        LocalDate deadline = today.plusDays(60);
        String setting = deadline + ":" + subdelegacion(inPhase) + ", " + deadline + ":" + subdelegacion(enrolled) + "-"
                + subdelegacion(enrolled) + ", " + today.plusDays(200) + ":*";
        var schedule = new ExistingWorkersSchedule(setting, 90, jdbc, persons, restrictions, transactions, clock);

        int first = schedule.announceDue();
        int again = schedule.announceDue();

        assertThat(first).isEqualTo(1);
        assertThat(again).isZero();
        assertThat(restrictions.of(UUID.fromString(inPhase)).state()).isEqualTo(RestrictionState.DUE);
        assertThat(restrictions.of(UUID.fromString(inPhase)).deadline()).contains(deadline);
        assertThat(restrictions.of(UUID.fromString(enrolled)).state()).isEqualTo(RestrictionState.NONE);
        assertThat(restrictions.of(UUID.fromString(outside)).state()).isEqualTo(RestrictionState.NONE);
        assertThat(employmentDeadline(inPhase)).contains(deadline);
        assertThat(employmentDeadline(outside)).isEmpty();

        AdjustableClock.moveForward(Duration.ofDays(61));
        restrictions.advance();
        assertThat(restrictions.of(UUID.fromString(inPhase)).state()).isEqualTo(RestrictionState.RESTRICTED);
        assertThat(restrictedCount()).isEqualTo(1);

        assertThat(enrollments.enrollTenFingers(inPhase, 75_000, 0)).isEqualTo("ENROLLED");
        assertThat(restrictions.of(UUID.fromString(inPhase)).state()).isEqualTo(RestrictionState.NONE);
        assertThat(employmentDeadline(inPhase)).isEmpty();
        assertThat(restrictedCount()).isZero();
    }

    private String subdelegacion(String person) {
        return persons.get(UUID.fromString(person)).nss().orElseThrow().value().substring(0, 2);
    }

    private void hiredBeforeBiometrics(UUID person) {
        jdbc.sql("""
            insert into employer.employment (id, registro, person_id, state, worker_type, salary_type, sbc, start_date,
              opened_at)
            values (:id, :registro, :person, 'ACTIVE', 1, 0, 500.00, date '2019-03-01', now())
            """)
                .param("id", UUID.randomUUID())
                .param("registro", REGISTRO)
                .param("person", person)
                .update();
    }

    private Optional<LocalDate> employmentDeadline(String person) {
        return jdbc.sql("select biometric_deadline from employer.employment where person_id = :p")
                .param("p", UUID.fromString(person))
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
                .single();
    }

    private long restrictedCount() {
        return jdbc.sql("""
            select count(*) from employer.employment
            where registro = :r and state <> 'TERMINATED' and biometric_deadline < :today
            """)
                .param("r", REGISTRO)
                .param("today", MovementDates.today(clock))
                .query(Long.class)
                .single();
    }
}
