package mx.huella.employer.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import mx.huella.ApiClient;
import mx.huella.RunningPortal;
import mx.huella.audit.Actor;
import mx.huella.employer.movement.MovementDates;
import mx.huella.employer.registration.EmployerService;
import mx.huella.enrollment.Enrollments;
import mx.huella.identifier.RegistroPatronal;
import mx.huella.identifier.Rfc;
import mx.huella.notification.Outbox;
import mx.huella.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class DeadlineRemindersIT extends RunningPortal {
    @Autowired
    EmployerService employers;

    @Autowired
    DeadlineReminders reminders;

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEmployerIsRemindedOnceAWeekBeforeTheDeadlineAndOnceWhenItPasses() {
        String rfc = "REC251101K7" + Rfc.checkDigit("REC251101K7");
        employers.register(
                Rfc.parse(rfc),
                "Recordatorios, S.A.",
                List.of(RegistroPatronal.parse("K3300000011")),
                "rh@recordatorios.example",
                Actor.SYSTEM);
        ApiClient operator =
                new ApiClient(baseUrl(), "reminder.operator", accountWith("reminder.operator", Role.OPERATOR));
        String person = new Enrollments(operator).registerPerson();
        String curp =
                operator.get("/api/v1/persons/" + person).json().get("curp").asString();
        String employment = operator.post(
                        "/api/v1/registros/K3300000011/altas",
                        ApiClient.json(Map.of(
                                "curp", curp,
                                "workerType", "PERMANENTE",
                                "salaryType", "FIJO",
                                "sbc", "480.00",
                                "startDate", LocalDate.now(MovementDates.ZONE).toString())))
                .json()
                .get("employmentId")
                .asString();
        LocalDate today = LocalDate.now(MovementDates.ZONE);

        setDeadline(employment, today.plusDays(7));
        reminders.send();
        reminders.send();
        setDeadline(employment, today.minusDays(1));
        reminders.send();
        reminders.send();

        assertThat(outbox.recent("rh@recordatorios.example", 10))
                .extracting(Outbox.Message::subject)
                .containsExactlyInAnyOrder(
                        "Altas pendientes de biometría: la fecha límite es en 7 días",
                        "Trabajadores restringidos por falta de biometría");
        assertThat(outbox.recent("rh@recordatorios.example", 10).getFirst().body())
                .contains("K3300000011");
    }

    private void setDeadline(String employment, LocalDate deadline) {
        jdbc.sql("update employer.employment set biometric_deadline = :d where id = :id")
                .param("d", deadline)
                .param("id", java.util.UUID.fromString(employment))
                .update();
    }
}
