package mx.huella.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mx.huella.AdjustableClock;
import mx.huella.RunningPortal;
import mx.huella.audit.Actor;
import mx.huella.registry.Person;
import mx.huella.registry.PersonDraft;
import mx.huella.registry.Persons;
import mx.huella.restriction.RestrictionState;
import mx.huella.restriction.Restrictions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AppointmentsIT extends RunningPortal {
    private static final Actor PATIENT = Actor.web("insured:test");

    @Autowired
    Appointments appointments;

    @Autowired
    Restrictions restrictions;

    @Autowired
    AppointmentReminders reminders;

    @Autowired
    mx.huella.registry.PersonService persons;

    @Autowired
    mx.huella.notification.Outbox outbox;

    @AfterEach
    void backToNow() {
        AdjustableClock.reset();
    }

    @Test
    void aPersonBooksOneUpcomingConsultationAtTheirClinicAndCancellingFreesTheRoom() {
        UUID person = UUID.randomUUID();
        LocalDateTime start = appointments.bookableDays().get(0).atTime(9, 0);
        int freeBefore = free("UMF-028", start);

        Appointment booked = appointments.book(person, "UMF-028", start, PATIENT);

        assertThat(booked.state()).isEqualTo(Appointment.State.BOOKED);
        assertThat(booked.localStart()).isEqualTo(start);
        assertThat(appointments.clinicOf(person)).map(Clinic::code).contains("UMF-028");
        assertThat(free("UMF-028", start)).isEqualTo(freeBefore - 1);
        assertThat(appointments.upcoming(person)).map(Appointment::id).contains(booked.id());
        assertThatThrownBy(() -> appointments.book(person, "UMF-028", start.plusMinutes(20), PATIENT))
                .extracting(e -> ((AppointmentException) e).problem())
                .isEqualTo(AppointmentException.Problem.ALREADY_BOOKED);
        assertThatThrownBy(() -> appointments.book(person, "UMF-001", start, PATIENT))
                .extracting(e -> ((AppointmentException) e).problem())
                .isEqualTo(AppointmentException.Problem.NOT_YOUR_CLINIC);

        appointments.cancel(person, booked.id(), PATIENT);

        assertThat(free("UMF-028", start)).isEqualTo(freeBefore);
        assertThat(appointments.upcoming(person)).isEmpty();
        assertThat(appointments.of(person)).extracting(Appointment::state).containsExactly(Appointment.State.CANCELLED);
        assertThatThrownBy(() -> appointments.cancel(UUID.randomUUID(), booked.id(), PATIENT))
                .extracting(e -> ((AppointmentException) e).problem())
                .isEqualTo(AppointmentException.Problem.NOT_FOUND);
    }

    @Test
    void aSlotNeverHoldsMoreAppointmentsThanTheClinicHasRoomsWhateverTheRace() throws Exception {
        // UMF-013 has 4 rooms; 7 persons ask for the same time at once.
        LocalDateTime start = appointments.bookableDays().get(1).atTime(10, 20);
        ExecutorService pool = Executors.newFixedThreadPool(7);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Callable<String> booking = () -> {
                try {
                    return appointments
                            .book(UUID.randomUUID(), "UMF-013", start, PATIENT)
                            .state()
                            .name();
                } catch (AppointmentException e) {
                    return e.problem().name();
                }
            };
            outcomes.add(pool.submit(booking));
        }
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();

        assertThat(results).filteredOn("BOOKED"::equals).hasSize(4);
        assertThat(results).filteredOn("SLOT_FULL"::equals).hasSize(3);
        assertThat(free("UMF-013", start)).isZero();
    }

    @Test
    void onlyTheClinicsWorkingTimesWithinTheNextTwoWeeksCanBeBooked() {
        List<LocalDate> days = appointments.bookableDays();
        LocalDate saturday = LocalDate.now(new AdjustableClock().withZone(Appointments.ZONE))
                .with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.SATURDAY));

        assertThat(days)
                .isNotEmpty()
                .allSatisfy(day -> assertThat(day.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        assertThat(days).doesNotContain(LocalDate.now(new AdjustableClock().withZone(Appointments.ZONE)));
        assertThat(appointments.slots("UMF-013", days.get(0)))
                .extracting(slot -> slot.start().toLocalTime())
                .startsWith(LocalTime.of(8, 0), LocalTime.of(8, 20))
                .endsWith(LocalTime.of(13, 40))
                .hasSize(18);
        for (LocalDateTime notASlot : List.of(
                days.get(0).atTime(7, 40),
                days.get(0).atTime(13, 50),
                days.get(0).atTime(9, 5),
                days.get(0).atTime(14, 0),
                saturday.atTime(9, 0),
                days.get(0).plusDays(Appointments.HORIZON_DAYS + 1).atTime(9, 0),
                days.get(0).minusDays(1).atTime(9, 0))) {
            assertThatThrownBy(() -> appointments.book(UUID.randomUUID(), "UMF-013", notASlot, PATIENT))
                    .as(notASlot.toString())
                    .extracting(e -> ((AppointmentException) e).problem())
                    .isEqualTo(AppointmentException.Problem.NOT_A_SLOT);
        }
        assertThatThrownBy(() -> appointments.book(
                        UUID.randomUUID(), "UMF-999", days.get(0).atTime(9, 0), PATIENT))
                .extracting(e -> ((AppointmentException) e).problem())
                .isEqualTo(AppointmentException.Problem.UNKNOWN_CLINIC);
    }

    @Test
    void restrictedAndSuspendedPersonsAreRefusedAndToldTheirRestriction() {
        UUID person = UUID.randomUUID();
        LocalDate today = LocalDate.now(new AdjustableClock().withZone(Appointments.ZONE));
        restrictions.require(person, today.plusDays(5), "test");
        LocalDateTime dueTime = appointments.bookableDays().get(0).atTime(11, 0);
        Appointment whileDue = appointments.book(person, "UMF-051", dueTime, PATIENT);
        appointments.cancel(person, whileDue.id(), PATIENT);

        AdjustableClock.moveForward(Duration.ofDays(6));
        restrictions.advance();
        LocalDateTime restrictedTime = appointments.bookableDays().get(0).atTime(11, 0);

        assertThatThrownBy(() -> appointments.book(person, "UMF-051", restrictedTime, PATIENT))
                .isInstanceOfSatisfying(AppointmentException.class, e -> {
                    assertThat(e.problem()).isEqualTo(AppointmentException.Problem.RESTRICTED);
                    assertThat(e.restriction().state()).isEqualTo(RestrictionState.RESTRICTED);
                });

        AdjustableClock.moveForward(Duration.ofDays(Restrictions.COUNTDOWN_DAYS));
        restrictions.advance();
        LocalDateTime suspendedTime = appointments.bookableDays().get(0).atTime(11, 0);

        assertThatThrownBy(() -> appointments.book(person, "UMF-051", suspendedTime, PATIENT))
                .isInstanceOfSatisfying(
                        AppointmentException.class,
                        e -> assertThat(e.restriction().state()).isEqualTo(RestrictionState.SUSPENDED));
        assertThat(appointments.upcoming(person)).isEmpty();
    }

    @Test
    void aPatientWithAnAddressIsRemindedOnceTheDayBefore() {
        var draft = Persons.aPerson();
        String address = "cita." + UUID.randomUUID().toString().substring(0, 8) + "@correo.example";
        Person patient = persons.register(
                new PersonDraft(
                        draft.curp(),
                        draft.nss(),
                        draft.givenNames(),
                        draft.firstSurname(),
                        draft.secondSurname(),
                        draft.birthDate(),
                        draft.sex(),
                        draft.birthState(),
                        address,
                        draft.phone()),
                Actor.SYSTEM);
        Appointment booked = appointments.book(
                patient.id(), "UMF-064", appointments.bookableDays().get(0).atTime(12, 40), PATIENT);

        AdjustableClock.moveForward(
                Duration.between(java.time.Instant.now(), booked.startsAt()).minusHours(3));
        reminders.send();
        reminders.send();

        assertThat(outbox.recent(address, 10)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Recordatorio de su cita médica");
            assertThat(mail.body()).contains("Unidad de Medicina Familiar No. 64", "12:40");
        });
    }

    private int free(String clinic, LocalDateTime start) {
        return appointments.slots(clinic, start.toLocalDate()).stream()
                .filter(slot -> slot.start().equals(start))
                .findFirst()
                .orElseThrow()
                .free();
    }
}
