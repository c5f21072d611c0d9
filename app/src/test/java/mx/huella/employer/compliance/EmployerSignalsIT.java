package mx.huella.employer.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.huella.ApiClient;
import mx.huella.ApiClient.Reply;
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
import tools.jackson.databind.JsonNode;

/** What employers learn of duplicate identities: confirmed fraud by mail, hit rates in a report. */
class EmployerSignalsIT extends RunningPortal {
    @Autowired
    EmployerService employers;

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Test
    void confirmedIdentityFraudIsMailedToTheEmployerOfBothIdentitiesAndCountsInItsDuplicateRate() {
        ApiClient operator =
                new ApiClient(baseUrl(), "signals.operator", accountWith("signals.operator", Role.OPERATOR));
        Enrollments enrollments = new Enrollments(operator);
        String registro = RegistroPatronal.parse("W8800000011").value();
        employers.register(
                Rfc.parse("FAN2501159A" + Rfc.checkDigit("FAN2501159A")),
                "Fantasmas del Norte, S.A.",
                List.of(RegistroPatronal.parse(registro)),
                "rh@fantasmas.example",
                Actor.SYSTEM);
        String original = enrollments.registerPerson();
        String ghost = enrollments.registerPerson();
        hire(operator, registro, original);
        hire(operator, registro, ghost);

        assertThat(enrollments.enrollTenFingers(original, 95_000, 0)).isEqualTo("ENROLLED");
        JsonNode held = enrollments.submitTenFingers(ghost, 95_000, 1);
        assertThat(held.get("outcome").asString()).isEqualTo("DUPLICATE_SUSPECT");
        String caseId = held.get("caseId").asString();
        ApiClient first = new ApiClient(baseUrl(), "signals.one", accountWith("signals.one", Role.ANALYST));
        ApiClient second = new ApiClient(baseUrl(), "signals.two", accountWith("signals.two", Role.ANALYST));
        first.post(
                "/api/v1/duplicate-cases/" + caseId + "/decision",
                ApiClient.json(Map.of("decision", "SAME_PERSON", "reason", "mismos diez dedos")));
        Reply confirmed = second.post(
                "/api/v1/duplicate-cases/" + caseId + "/confirmation",
                ApiClient.json(Map.of("confirmed", true, "reason", "confirmo las minucias")));
        Reply report = second.get("/api/v1/reports/employer-duplicates");
        Reply operatorRefused = operator.get("/api/v1/reports/employer-duplicates");

        assertThat(confirmed.json().get("state").asString()).isEqualTo("SAME_PERSON");
        List<Outbox.Message> mail = outbox.recent("rh@fantasmas.example", 10);
        assertThat(mail).filteredOn(m -> m.topic().equals("IDENTITY_FRAUD")).hasSize(2);
        assertThat(mail)
                .filteredOn(m -> m.topic().equals("IDENTITY_FRAUD"))
                .allSatisfy(m -> assertThat(m.body()).contains(caseId, registro));
        JsonNode fantasmas = report.json()
                .get("employers")
                .valueStream()
                .filter(e -> e.get("rfc").asString().startsWith("FAN"))
                .findFirst()
                .orElseThrow();
        assertThat(fantasmas.get("workers").asLong()).isEqualTo(2);
        assertThat(fantasmas.get("workersHit").asLong()).isEqualTo(1);
        assertThat(operatorRefused.status()).isEqualTo(403);
        mx.huella.PortalSession page = new mx.huella.PortalSession(baseUrl());
        page.signIn("signals.auditor", accountWith("signals.auditor", Role.AUDITOR));
        assertThat(page.get("/reports/employer-duplicates").body()).contains("Fantasmas del Norte, S.A.");
        assertThat(jdbc.sql("select count(*) from audit.event where action = 'EMPLOYER_NOTIFIED_IDENTITY_FRAUD'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("""
                        select count(*) from audit.event where action = 'EMPLOYER_DUPLICATE_REPORT_VIEWED'
                        and actor in ('signals.auditor', :analyst)
                        """)
                        .param("analyst", "signals.two")
                        .query(Long.class)
                        .single())
                .as("the page and the API reading are both audited")
                .isEqualTo(2);
    }

    private static void hire(ApiClient operator, String registro, String person) {
        Reply alta = operator.post(
                "/api/v1/registros/" + registro + "/altas",
                ApiClient.json(Map.of(
                        "curp", curpOf(operator, person),
                        "workerType", "PERMANENTE",
                        "salaryType", "FIJO",
                        "sbc", "480.00",
                        "startDate", LocalDate.now(MovementDates.ZONE).toString())));
        assertThat(alta.status()).as(alta.body()).isEqualTo(201);
        assertThat(alta.json().get("state").asString()).isEqualTo("PENDING_BIOMETRICS");
    }

    private static String curpOf(ApiClient operator, String person) {
        return operator.get("/api/v1/persons/" + UUID.fromString(person))
                .json()
                .get("curp")
                .asString();
    }
}
