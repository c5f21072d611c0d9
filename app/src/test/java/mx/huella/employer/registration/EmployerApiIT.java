package mx.huella.employer.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import mx.huella.ApiClient;
import mx.huella.ApiClient.Reply;
import mx.huella.RunningPortal;
import mx.huella.demo.DemoCertificateAuthority;
import mx.huella.employer.efirma.PortalAuthority;
import mx.huella.employer.movement.MovementDates;
import mx.huella.employer.reference.ReferenceValues;
import mx.huella.enrollment.Enrollments;
import mx.huella.identifier.Rfc;
import mx.huella.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Administrators register employers, their registros and wage zones over real HTTP. */
class EmployerApiIT extends RunningPortal {
    private static final AtomicInteger RFCS = new AtomicInteger();
    private static final AtomicInteger REGISTROS = new AtomicInteger();

    @Autowired
    mx.huella.notification.Outbox outbox;

    @Autowired
    ReferenceValues referenceValues;

    @Autowired
    JdbcClient jdbc;

    private ApiClient admin;

    @BeforeEach
    void administrator() {
        admin = new ApiClient(baseUrl(), "employers.admin", accountWith("employers.admin", Role.ADMIN));
    }

    @Test
    void anAdministratorRegistersAnEmployerWithARegistroInEachWageZoneAndTheRegistrationIsAudited() {
        String rfc = newRfc();
        String general = newRegistro();
        String border = newRegistro();

        Reply created = register(rfc, "Maquiladora del Norte, S.A. de C.V.", "rh@maquiladora.example", general, border);
        Reply read = admin.get("/api/v1/employers/" + rfc);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.location()).endsWith("/api/v1/employers/" + rfc);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("legalName").asString()).isEqualTo("Maquiladora del Norte, S.A. de C.V.");
        assertThat(read.json().get("contactEmail").asString()).isEqualTo("rh@maquiladora.example");
        assertThat(read.json()
                        .get("registros")
                        .valueStream()
                        .map(r -> r.get("registro").asString() + " "
                                + r.get("wageZone").asString())
                        .toList())
                .containsExactlyInAnyOrder(general + " GENERAL", border + " FRONTERA_NORTE");
        assertThat(audited("EMPLOYER_REGISTERED", created.json().get("id").asString()))
                .isEqualTo(1);
    }

    @Test
    void aRepeatedRegistrationIsRefusedAndLeavesOneEmployer() {
        String rfc = newRfc();
        String registro = newRegistro();

        Reply first = register(rfc, "Repetida, S.A.", "rh@repetida.example", registro, null);
        Reply again = register(rfc, "Repetida, S.A.", "rh@repetida.example", registro, null);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().get("code").asString()).isEqualTo("DUPLICATE_RFC");
        assertThat(again.json().get("field").asString()).isEqualTo("rfc");
        assertThat(jdbc.sql("select count(*) from employer.employer where rfc = :rfc")
                        .param("rfc", rfc)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void eachRefusalIsProblemJsonWithItsCodeAndField() {
        String taken = newRegistro();
        register(newRfc(), "Dueña del registro, S.A.", "rh@duena.example", taken, null);

        Reply invalidRfc = register("ABC2001150", "Mal RFC, S.A.", "rh@mal.example", newRegistro(), null);
        Reply genericRfc = register("XAXX010101000", "Público en general", "rh@mal.example", newRegistro(), null);
        Reply invalidRegistro = register(newRfc(), "Mal registro, S.A.", "rh@mal.example", "A12345", null);
        Reply takenRegistro = register(newRfc(), "Ajena, S.A.", "rh@ajena.example", taken, null);
        Reply invalidEmail = register(newRfc(), "Mal correo, S.A.", "rh en mal.example", newRegistro(), null);
        Reply missingEmail = register(newRfc(), "Sin correo, S.A.", null, newRegistro(), null);
        Reply noZone = admin.post(
                "/api/v1/employers",
                ApiClient.json(Map.of(
                        "rfc",
                        newRfc(),
                        "legalName",
                        "Sin zona, S.A.",
                        "contactEmail",
                        "rh@zona.example",
                        "registros",
                        List.of(Map.of("registro", newRegistro())))));
        Reply unknownEmployer = admin.post(
                "/api/v1/employers/" + newRfc() + "/registros",
                ApiClient.json(Map.of("registro", newRegistro(), "wageZone", "GENERAL")));

        assertProblem(invalidRfc, 422, "INVALID_RFC", "rfc");
        assertThat(invalidRfc.json().get("title").asString()).isEqualTo("RFC inválido");
        assertThat(invalidRfc.json().get("detail").asString()).doesNotContain("ABC2001150");
        assertProblem(genericRfc, 422, "INVALID_RFC", "rfc");
        assertProblem(invalidRegistro, 422, "INVALID_REGISTRO", "registros[0].registro");
        assertProblem(takenRegistro, 409, "REGISTRO_TAKEN", "registros[0].registro");
        assertProblem(invalidEmail, 422, "INVALID_EMAIL", "contactEmail");
        assertProblem(missingEmail, 422, "INVALID_EMAIL", "contactEmail");
        assertProblem(noZone, 422, "INVALID_WAGE_ZONE", "registros[0].wageZone");
        assertProblem(unknownEmployer, 404, "EMPLOYER_NOT_FOUND", "rfc");
        assertThat(admin.inLanguage("en")
                        .post(
                                "/api/v1/employers",
                                ApiClient.json(
                                        Map.of("rfc", "ABC2001150", "legalName", "x", "contactEmail", "rh@x.example")))
                        .json()
                        .get("title")
                        .asString())
                .isEqualTo("Invalid RFC");
    }

    @Test
    void anAdministratorAddsARegistroMovesItToTheBorderZoneAndChangesTheContactAddressEachAudited() {
        String rfc = newRfc();
        register(rfc, "Cambios, S.A.", "rh@cambios.example", newRegistro(), null);
        String added = newRegistro();

        Reply addition = admin.post(
                "/api/v1/employers/" + rfc + "/registros",
                ApiClient.json(Map.of("registro", added, "wageZone", "GENERAL")));
        Reply addedAgain = admin.post(
                "/api/v1/employers/" + rfc + "/registros",
                ApiClient.json(Map.of("registro", added, "wageZone", "GENERAL")));
        Reply moved = admin.patch(
                "/api/v1/employers/" + rfc + "/registros/" + added,
                ApiClient.json(Map.of("wageZone", "FRONTERA_NORTE")));
        Reply contact = admin.patch(
                "/api/v1/employers/" + rfc, ApiClient.json(Map.of("contactEmail", "nomina@cambios.example")));
        Reply badContact = admin.patch("/api/v1/employers/" + rfc, ApiClient.json(Map.of("contactEmail", "nomina@")));
        Reply foreignRegistro = admin.patch(
                "/api/v1/employers/" + rfc + "/registros/" + newRegistro(),
                ApiClient.json(Map.of("wageZone", "GENERAL")));
        String id = addition.json().get("id").asString();

        assertThat(addition.status()).as(addition.body()).isEqualTo(201);
        assertProblem(addedAgain, 409, "REGISTRO_TAKEN", "registro");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json()
                        .get("registros")
                        .valueStream()
                        .filter(r -> r.get("registro").asString().equals(added))
                        .map(r -> r.get("wageZone").asString()))
                .containsExactly("FRONTERA_NORTE");
        assertThat(contact.json().get("contactEmail").asString()).isEqualTo("nomina@cambios.example");
        assertProblem(badContact, 422, "INVALID_EMAIL", "contactEmail");
        assertProblem(foreignRegistro, 404, "REGISTRO_NOT_FOUND", "registro");
        assertThat(audited("EMPLOYER_REGISTRO_ADDED", added)).isEqualTo(1);
        assertThat(audited("EMPLOYER_WAGE_ZONE_CHANGED", added)).isEqualTo(1);
        assertThat(audited("EMPLOYER_CONTACT_CHANGED", id)).isEqualTo(1);
        assertThat(outbox.recent("rh@cambios.example", 5))
                .as("the replaced address hears of the change, the new one masked")
                .anySatisfy(mail -> assertThat(mail.body()).contains("n***@cambios.example"))
                .noneSatisfy(mail -> assertThat(mail.body()).contains("nomina@cambios.example"));
        assertThat(outbox.recent("nomina@cambios.example", 5))
                .anySatisfy(mail -> assertThat(mail.subject()).contains("nuevo correo de contacto"));
    }

    @Test
    void onlyAdministratorsChangeEmployersAndAnEmployersTokenReachesNoneOfThem() {
        String rfc = newRfc();
        register(rfc, "Con e.firma, S.A.", "rh@efirma.example", newRegistro(), null);
        ApiClient operator =
                new ApiClient(baseUrl(), "employers.operator", accountWith("employers.operator", Role.OPERATOR));
        ApiClient employer = employerToken(rfc);
        String registration = ApiClient.json(
                Map.of("rfc", newRfc(), "legalName", "Intrusa, S.A.", "contactEmail", "rh@intrusa.example"));

        Reply byOperator = operator.post("/api/v1/employers", registration);
        Reply byEmployer = employer.post("/api/v1/employers", registration);

        assertThat(byOperator.status()).isEqualTo(403);
        assertThat(byOperator.contentType()).startsWith("application/problem+json");
        assertThat(operator.get("/api/v1/employers/" + rfc).status()).isEqualTo(200);
        assertThat(operator.patch(
                                "/api/v1/employers/" + rfc,
                                ApiClient.json(Map.of("contactEmail", "x@operador.example")))
                        .status())
                .isEqualTo(403);
        assertThat(byEmployer.status()).isEqualTo(403);
        assertThat(employer.get("/api/v1/employers/" + rfc).status()).isEqualTo(403);
        assertThat(employer.patch(
                                "/api/v1/employers/" + rfc, ApiClient.json(Map.of("contactEmail", "x@patron.example")))
                        .status())
                .isEqualTo(403);
        assertThat(ApiClient.authorizedBy(baseUrl(), "")
                        .post("/api/v1/employers", registration)
                        .status())
                .isEqualTo(401);
        assertThat(admin.get("/api/v1/employers/" + rfc)
                        .json()
                        .get("contactEmail")
                        .asString())
                .isEqualTo("rh@efirma.example");
    }

    @Test
    void anSbcBetweenTheTwoMinimumWagesIsRefusedInABorderRegistroAndAcceptedInAGeneralOne() {
        LocalDate today = LocalDate.now(MovementDates.ZONE);
        BigDecimal generalMinimum =
                referenceValues.sbcBounds(today, WageZone.GENERAL).minimum();
        BigDecimal borderMinimum =
                referenceValues.sbcBounds(today, WageZone.FRONTERA_NORTE).minimum();
        BigDecimal between = generalMinimum.add(borderMinimum).divide(BigDecimal.TWO, 2, RoundingMode.DOWN);
        String rfc = newRfc();
        String general = newRegistro();
        String border = newRegistro();
        register(rfc, "Dos Zonas, S.A.", "rh@doszonas.example", general, border);

        Reply inGeneral = hire(general, between, today);
        Reply inBorder = hire(border, between, today);
        Reply atBorderMinimum = hire(border, borderMinimum, today);
        admin.patch("/api/v1/employers/" + rfc + "/registros/" + border, ApiClient.json(Map.of("wageZone", "GENERAL")));
        Reply afterTheMove = hire(border, between, today);

        assertThat(borderMinimum).isGreaterThan(generalMinimum);
        assertThat(inGeneral.status()).as(inGeneral.body()).isEqualTo(201);
        assertThat(inBorder.status()).isEqualTo(422);
        assertThat(inBorder.json().get("code").asString()).isEqualTo("SBC_BELOW_MINIMUM");
        assertThat(inBorder.json().get("detail").asString()).contains(borderMinimum.toPlainString());
        assertThat(atBorderMinimum.status()).isEqualTo(201);
        assertThat(afterTheMove.status()).isEqualTo(201);
    }

    private Reply register(String rfc, String name, String email, String general, String border) {
        List<Map<String, String>> registros = new ArrayList<>();
        registros.add(Map.of("registro", general, "wageZone", "GENERAL"));
        if (border != null) {
            registros.add(Map.of("registro", border, "wageZone", "FRONTERA_NORTE"));
        }
        Map<String, Object> body = new HashMap<>();
        body.put("rfc", rfc);
        body.put("legalName", name);
        body.put("contactEmail", email);
        body.put("registros", registros);
        return admin.post("/api/v1/employers", ApiClient.json(body));
    }

    private Reply hire(String registro, BigDecimal sbc, LocalDate start) {
        String person = new Enrollments(admin).registerPerson();
        String curp = admin.get("/api/v1/persons/" + person).json().get("curp").asString();
        return admin.post(
                "/api/v1/registros/" + registro + "/altas",
                ApiClient.json(Map.of(
                        "curp",
                        curp,
                        "workerType",
                        "PERMANENTE",
                        "salaryType",
                        "FIJO",
                        "sbc",
                        sbc.toPlainString(),
                        "startDate",
                        start.toString())));
    }

    /** Signs in through the API with an e.firma issued for the RFC, as an employer's software does. */
    private ApiClient employerToken(String rfc) {
        DemoCertificateAuthority.Issued efirma = PortalAuthority.authority().efirma(rfc, "PATRON", "x");
        ApiClient anonymous = ApiClient.authorizedBy(baseUrl(), "");
        var challenge =
                anonymous.post("/api/v1/employer-sessions/challenge", "").json();
        Reply session = anonymous.post(
                "/api/v1/employer-sessions",
                ApiClient.json(Map.of(
                        "challengeId",
                        challenge.get("id").asString(),
                        "certificate",
                        Base64.getEncoder().encodeToString(efirma.cer()),
                        "signature",
                        Base64.getEncoder()
                                .encodeToString(DemoCertificateAuthority.sign(
                                        efirma.privateKey(),
                                        challenge.get("text").asString())))));
        assertThat(session.status()).as(session.body()).isEqualTo(201);
        return ApiClient.authorizedBy(
                baseUrl(), "Bearer " + session.json().get("token").asString());
    }

    private long audited(String action, String subject) {
        return jdbc.sql("select count(*) from audit.event where action = :action and subject = :subject"
                        + " and outcome like 'SUCCESS%' and actor = 'employers.admin' and channel = 'API'")
                .param("action", action)
                .param("subject", subject)
                .query(Long.class)
                .single();
    }

    private static void assertProblem(Reply reply, int status, String code, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("code").asString()).isEqualTo(code);
        assertThat(reply.json().get("field").asString()).isEqualTo(field);
    }

    /** A persona moral RFC with a matching check digit, new to this test run. */
    private static String newRfc() {
        int n = RFCS.incrementAndGet();
        String body = "RGA25%02d%02dK3".formatted(1 + n / 28, 1 + n % 28);
        return body + Rfc.checkDigit(body);
    }

    private static String newRegistro() {
        return "Y%010d".formatted(6_600_000_000L + REGISTROS.incrementAndGet());
    }
}
