package mx.huella.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import mx.huella.AdjustableClock;
import mx.huella.ApiClient;
import mx.huella.ApiClient.Reply;
import mx.huella.RunningPortal;
import mx.huella.audit.Actor;
import mx.huella.registry.Person;
import mx.huella.registry.PersonService;
import mx.huella.registry.Persons;
import mx.huella.restriction.Restrictions;
import mx.huella.staff.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AppointmentApiIT extends RunningPortal {
    @Autowired
    PersonService persons;

    @Autowired
    Appointments appointments;

    @Autowired
    Restrictions restrictions;

    private ApiClient reception;

    @BeforeEach
    void signIn() {
        reception = new ApiClient(baseUrl(), "umf.reception", accountWith("umf.reception", Role.OPERATOR));
    }

    @AfterEach
    void backToNow() {
        AdjustableClock.reset();
    }

    @Test
    void receptionBooksListsAndCancelsForAPatientAndEveryRefusalIsProblemJson() {
        Person patient = persons.register(Persons.aPerson(), Actor.SYSTEM);
        LocalDate day = appointments.bookableDays().get(2);
        LocalDateTime start = day.atTime(10, 40);
        String path = "/api/v1/persons/" + patient.id() + "/appointments";

        Reply clinics = reception.get("/api/v1/clinics");
        Reply booked = reception.post(path, ApiClient.json(Map.of("clinic", "UMF-051", "start", start.toString())));
        Reply twice = reception.post(
                path,
                ApiClient.json(Map.of(
                        "clinic", "UMF-051", "start", start.plusMinutes(20).toString())));
        Reply offHours = reception.post(
                "/api/v1/persons/"
                        + persons.register(Persons.aPerson(), Actor.SYSTEM).id() + "/appointments",
                ApiClient.json(
                        Map.of("clinic", "UMF-051", "start", day.atTime(21, 0).toString())));
        Reply nobody = reception.post(
                "/api/v1/persons/" + UUID.randomUUID() + "/appointments",
                ApiClient.json(Map.of("clinic", "UMF-051", "start", start.toString())));
        Reply slots = reception.get("/api/v1/clinics/UMF-051/slots?date=" + day);
        Reply listed = reception.get(path);

        assertThat(clinics.status()).isEqualTo(200);
        assertThat(clinics.json().toString()).contains("UMF-051");
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        assertThat(booked.json().get("state").asString()).isEqualTo("BOOKED");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("code").asString()).isEqualTo("ALREADY_BOOKED");
        assertThat(twice.contentType()).contains("application/problem+json");
        assertThat(offHours.status()).isEqualTo(422);
        assertThat(nobody.status()).isEqualTo(404);
        assertThat(slots.json().toString()).contains(start.toString());
        assertThat(listed.json().get(0).get("id").asString())
                .isEqualTo(booked.json().get("id").asString());

        Reply cancelled = reception.delete(path + "/" + booked.json().get("id").asString());
        Reply again = reception.delete(path + "/" + booked.json().get("id").asString());

        assertThat(cancelled.status()).isEqualTo(204);
        assertThat(again.status()).isEqualTo(404);
    }

    @Test
    void aRestrictedPatientIsRefusedWithTheRestrictionsStateAndDates() {
        Person patient = persons.register(Persons.aPerson(), Actor.SYSTEM);
        LocalDate today = LocalDate.now(new AdjustableClock().withZone(Appointments.ZONE));
        restrictions.require(patient.id(), today.plusDays(2), "test");
        AdjustableClock.moveForward(Duration.ofDays(3));
        restrictions.advance();

        Reply refused = reception.post(
                "/api/v1/persons/" + patient.id() + "/appointments",
                ApiClient.json(Map.of(
                        "clinic",
                        "UMF-001",
                        "start",
                        appointments.bookableDays().get(0).atTime(9, 0).toString())));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("RESTRICTED");
        assertThat(refused.json().get("restriction").asString()).isEqualTo("RESTRICTED");
        assertThat(refused.json().get("deadline").asString())
                .isEqualTo(today.plusDays(2).toString());
        assertThat(refused.json().has("suspensionOn")).isTrue();
    }
}
