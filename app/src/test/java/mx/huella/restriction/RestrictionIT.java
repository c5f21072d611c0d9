package mx.huella.restriction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.huella.AdjustableClock;
import mx.huella.ApiClient;
import mx.huella.RunningPortal;
import mx.huella.audit.Actor;
import mx.huella.employer.registration.EmployerService;
import mx.huella.enrollment.Enrollments;
import mx.huella.identifier.RegistroPatronal;
import mx.huella.identifier.Rfc;
import mx.huella.staff.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RestrictionIT extends RunningPortal {
    @Autowired
    EmployerService employers;

    @Autowired
    Restrictions restrictions;

    @AfterEach
    void backToNow() {
        AdjustableClock.reset();
    }

    @Test
    void aNewHireWhoDoesNotEnrollIsRestrictedAfterTheDeadlineSuspendedThirtyDaysLaterAndFreedByEnrolling() {
        String body = "RES251101K7";
        employers.register(
                Rfc.parse(body + Rfc.checkDigit(body)),
                "Restricciones, S.A.",
                List.of(RegistroPatronal.parse("K5500000011")),
                null,
                Actor.SYSTEM);
        ApiClient operator =
                new ApiClient(baseUrl(), "restriction.operator", accountWith("restriction.operator", Role.OPERATOR));
        Enrollments enrollments = new Enrollments(operator);
        String person = enrollments.registerPerson();
        String curp =
                operator.get("/api/v1/persons/" + person).json().get("curp").asString();
        LocalDate today = LocalDate.now(Restrictions.ZONE);
        operator.post(
                "/api/v1/registros/K5500000011/altas",
                ApiClient.json(Map.of(
                        "curp",
                        curp,
                        "workerType",
                        "PERMANENTE",
                        "salaryType",
                        "FIJO",
                        "sbc",
                        "480.00",
                        "startDate",
                        today.toString())));
        UUID id = UUID.fromString(person);

        Restriction due = restrictions.of(id);
        AdjustableClock.moveForward(Duration.ofDays(31));
        restrictions.advance();
        Restriction restricted = restrictions.of(id);
        AdjustableClock.moveForward(Duration.ofDays(29));
        restrictions.advance();
        Restriction lastDay = restrictions.of(id);
        AdjustableClock.moveForward(Duration.ofDays(1));
        restrictions.advance();
        Restriction suspended = restrictions.of(id);
        assertThat(enrollments.enrollTenFingers(person, 71_000, 0)).isEqualTo("ENROLLED");
        Restriction lifted = restrictions.of(id);

        assertThat(due.state()).isEqualTo(RestrictionState.DUE);
        assertThat(due.deadline()).contains(today.plusDays(30));
        assertThat(due.daysLeft()).isEqualTo(30);
        assertThat(restricted.state()).isEqualTo(RestrictionState.RESTRICTED);
        assertThat(restricted.blocksProcedures()).isTrue();
        assertThat(restricted.suspensionOn()).contains(today.plusDays(31 + Restrictions.COUNTDOWN_DAYS));
        assertThat(restricted.daysLeft()).isEqualTo(30);
        assertThat(lastDay.state()).isEqualTo(RestrictionState.RESTRICTED);
        assertThat(lastDay.daysLeft()).isEqualTo(1);
        assertThat(suspended.state()).isEqualTo(RestrictionState.SUSPENDED);
        assertThat(lifted.state()).isEqualTo(RestrictionState.NONE);
        assertThat(lifted.blocksProcedures()).isFalse();
    }

    @Test
    void terminatingTheOnlyAltaWaitingForBiometricsWithdrawsTheObligation() {
        String body = "REW251101K7";
        employers.register(
                Rfc.parse(body + Rfc.checkDigit(body)),
                "Retiros, S.A.",
                List.of(RegistroPatronal.parse("K5500000021")),
                null,
                Actor.SYSTEM);
        ApiClient operator = new ApiClient(baseUrl(), "restriction.op2", accountWith("restriction.op2", Role.OPERATOR));
        String person = new Enrollments(operator).registerPerson();
        String curp =
                operator.get("/api/v1/persons/" + person).json().get("curp").asString();
        LocalDate today = LocalDate.now(Restrictions.ZONE);
        String employment = operator.post(
                        "/api/v1/registros/K5500000021/altas",
                        ApiClient.json(Map.of(
                                "curp",
                                curp,
                                "workerType",
                                "PERMANENTE",
                                "salaryType",
                                "FIJO",
                                "sbc",
                                "480.00",
                                "startDate",
                                today.toString())))
                .json()
                .get("employmentId")
                .asString();

        RestrictionState before = restrictions.of(UUID.fromString(person)).state();
        operator.post(
                "/api/v1/employments/" + employment + "/baja",
                ApiClient.json(Map.of("endDate", today.toString(), "cause", "TERMINO_DE_CONTRATO")));

        assertThat(before).isEqualTo(RestrictionState.DUE);
        assertThat(restrictions.of(UUID.fromString(person)).state()).isEqualTo(RestrictionState.NONE);
    }
}
