package mx.huella.employer.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import mx.huella.ApiClient;
import mx.huella.ApiClient.Reply;
import mx.huella.RunningPortal;
import mx.huella.audit.Actor;
import mx.huella.employer.reference.ReferenceValues;
import mx.huella.employer.reference.SbcBounds;
import mx.huella.employer.registration.EmployerService;
import mx.huella.employer.registration.WageZone;
import mx.huella.enrollment.Enrollments;
import mx.huella.identifier.RegistroPatronal;
import mx.huella.identifier.Rfc;
import mx.huella.notification.Outbox;
import mx.huella.seal.PlatformSeal;
import mx.huella.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class MovementApiIT extends RunningPortal {
    private static final AtomicInteger EMPLOYERS = new AtomicInteger();

    @Autowired
    EmployerService employers;

    @Autowired
    mx.huella.seal.PdfSignatures pdfSignatures;

    @Autowired
    ReferenceValues referenceValues;

    @Autowired
    Outbox outbox;

    @Autowired
    PlatformSeal seal;

    @Autowired
    JdbcClient jdbc;

    private ApiClient operator;
    private Enrollments enrollments;
    private String registro;
    private String contact;
    private final LocalDate today = LocalDate.now(MovementDates.ZONE);

    @BeforeEach
    void employerWithOneRegistro() {
        operator = new ApiClient(baseUrl(), "movement.operator", accountWith("movement.operator", Role.OPERATOR));
        enrollments = new Enrollments(operator);
        registerEmployer();
    }

    private void registerEmployer() {
        int n = EMPLOYERS.incrementAndGet();
        String body = "TMV2601%02dK2".formatted(n);
        registro =
                RegistroPatronal.parse("Z%010d".formatted(7_700_000_000L + n)).value();
        contact = "rh" + n + "@movimientos.example";
        employers.register(
                Rfc.parse(body + Rfc.checkDigit(body)),
                "Movimientos de Prueba " + n + ", S.A.",
                List.of(RegistroPatronal.parse(registro)),
                contact,
                Actor.SYSTEM);
    }

    @Test
    void anAltaForAnUnenrolledWorkerIsHeldUntilTheEnrollmentCompletesThenTakesEffect() {
        String person = enrollments.registerPerson();

        Reply alta = hire(person, bounds(today).minimum(), today);
        String employment = alta.json().get("employmentId").asString();
        Reply held = operator.get("/api/v1/employments/" + employment);

        assertThat(alta.status()).as(alta.body()).isEqualTo(201);
        assertThat(alta.json().get("state").asString()).isEqualTo("PENDING_BIOMETRICS");
        assertThat(held.json().at("/employment/state").asString()).isEqualTo("PENDING_BIOMETRICS");
        assertThat(held.json().at("/employment/biometricDeadline").asString())
                .isEqualTo(today.plusDays(30).toString());

        assertThat(enrollments.enrollTenFingers(person, 91_000, 0)).isEqualTo("ENROLLED");
        Reply effective = operator.get("/api/v1/employments/" + employment);

        assertThat(effective.json().at("/employment/state").asString()).isEqualTo("ACTIVE");
        assertThat(effective.json().at("/employment/biometricDeadline").isNull())
                .isTrue();
        assertThat(effective.json().at("/movements/0/state").asString()).isEqualTo("EFFECTIVE");
        assertThat(outbox.recent(contact, 10)).extracting(Outbox.Message::topic).containsExactly("ALTA_EFFECTIVE");
    }

    @Test
    void anAltaForAnEnrolledWorkerTakesEffectAtOnceAndItsAcuseCarriesAVerifiableSeal() {
        String person = enrollments.registerPerson();
        assertThat(enrollments.enrollTenFingers(person, 92_000, 0)).isEqualTo("ENROLLED");

        Reply alta = hire(person, new BigDecimal("500.00"), today.minusDays(3));
        String employment = alta.json().get("employmentId").asString();
        String folio = alta.json().get("folio").asString();
        byte[] pdf = operator.download(
                "/api/v1/employments/" + employment + "/movements/" + folio + "/acuse", "application/pdf");

        assertThat(alta.json().get("state").asString()).isEqualTo("EFFECTIVE");
        assertThat(seal.verifies(
                        alta.json().get("canonical").asString(),
                        alta.json().get("seal").asString()))
                .isTrue();
        assertThat(seal.verifies(
                        alta.json().get("canonical").asString().replace("500.00", "900.00"),
                        alta.json().get("seal").asString()))
                .isFalse();
        assertThat(pdf).isNotNull();
        mx.huella.PortalSession anyone = new mx.huella.PortalSession(baseUrl());
        String verified = anyone.get("/acuses/verificacion?folio=" + folio + "&sello="
                        + mx.huella.PortalSession.encode(alta.json().get("seal").asString()))
                .body();
        String forged = anyone.get("/acuses/verificacion?folio=" + folio + "&sello=AAAA"
                        + alta.json().get("seal").asString().substring(4))
                .body();
        assertThat(verified)
                .contains("id=\"authentic\"")
                .doesNotContain(alta.json().get("canonical").asString().split("\\|")[8]);
        assertThat(forged).contains("id=\"not-authentic\"");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdfSignatures.verifies(pdf)).as("the acuse is PAdES-signed").isTrue();
        // A byte of the binary comment under the header: still a readable PDF, no longer the signed one.
        byte[] altered = pdf.clone();
        altered[11] ^= 1;
        assertThat(pdfSignatures.verifies(altered)).isFalse();
    }

    @Test
    void theSbcMustLieBetweenTheMinimumWageAndTwentyFiveUmaInForceOnTheStartDate() {
        SbcBounds bounds = bounds(today);
        BigDecimal cent = new BigDecimal("0.01");

        Reply below = hire(enrollments.registerPerson(), bounds.minimum().subtract(cent), today);
        Reply above = hire(enrollments.registerPerson(), bounds.maximum().add(cent), today);
        Reply thirdDecimal = hire(enrollments.registerPerson(), new BigDecimal("400.005"), today);
        Reply atMinimum = hire(enrollments.registerPerson(), bounds.minimum(), today);
        Reply atMaximum = hire(enrollments.registerPerson(), bounds.maximum(), today);

        assertThat(below.status()).isEqualTo(422);
        assertThat(below.contentType()).startsWith("application/problem+json");
        assertThat(below.json().get("code").asString()).isEqualTo("SBC_BELOW_MINIMUM");
        assertThat(below.json().get("field").asString()).isEqualTo("sbc");
        assertThat(below.json().get("detail").asString())
                .isEqualTo("El SBC " + bounds.minimum().subtract(cent).toPlainString()
                        + " es menor que el salario mínimo de "
                        + bounds.minimum().toPlainString() + " vigente el "
                        + today + ".");
        assertThat(above.json().get("code").asString()).isEqualTo("SBC_ABOVE_MAXIMUM");
        assertThat(thirdDecimal.json().get("code").asString()).isEqualTo("INVALID_FIELD");
        assertThat(atMinimum.status()).isEqualTo(201);
        assertThat(atMaximum.status()).isEqualTo(201);
    }

    @Test
    void theReferenceValuesChangeOnTheirOwnDates() {
        // The UMA changes on 1 February, the minimum wage on 1 January.
        assertThat(referenceValues.sbcBounds(LocalDate.of(2026, 1, 31), WageZone.GENERAL))
                .extracting(SbcBounds::minimum, SbcBounds::maximum)
                .containsExactly(new BigDecimal("315.04"), new BigDecimal("2828.50"));
        assertThat(referenceValues.sbcBounds(LocalDate.of(2026, 2, 1), WageZone.GENERAL))
                .extracting(SbcBounds::minimum, SbcBounds::maximum)
                .containsExactly(new BigDecimal("315.04"), new BigDecimal("2932.75"));
        assertThat(referenceValues.sbcBounds(LocalDate.of(2025, 12, 31), WageZone.FRONTERA_NORTE))
                .extracting(SbcBounds::minimum, SbcBounds::maximum)
                .containsExactly(new BigDecimal("419.88"), new BigDecimal("2828.50"));
        assertThat(referenceValues
                        .sbcBounds(LocalDate.of(2026, 1, 1), WageZone.FRONTERA_NORTE)
                        .minimum())
                .isEqualByComparingTo("440.87");
    }

    @Test
    void startDatesAreAcceptedFromAYearLateToThirtyDaysAhead() {
        Reply tooEarly = hire(enrollments.registerPerson(), new BigDecimal("500.00"), today.minusDays(366));
        Reply tooLate = hire(enrollments.registerPerson(), new BigDecimal("500.00"), today.plusDays(31));
        Reply ahead = hire(enrollments.registerPerson(), new BigDecimal("500.00"), today.plusDays(30));

        assertThat(tooEarly.json().get("code").asString()).isEqualTo("DATE_OUT_OF_RANGE");
        assertThat(tooEarly.json().get("field").asString()).isEqualTo("startDate");
        assertThat(tooLate.json().get("code").asString()).isEqualTo("DATE_OUT_OF_RANGE");
        assertThat(ahead.status()).isEqualTo(201);
    }

    @Test
    void aBajaEndsTheEmploymentOnceAndNotBeforeItStartedAndTheHistoryKeepsEveryMovement() {
        String person = enrollments.registerPerson();
        assertThat(enrollments.enrollTenFingers(person, 93_000, 0)).isEqualTo("ENROLLED");
        String employment = hire(person, new BigDecimal("600.00"), today.minusDays(20))
                .json()
                .get("employmentId")
                .asString();

        Reply raise = operator.post(
                "/api/v1/employments/" + employment + "/salary",
                ApiClient.json(Map.of(
                        "sbc", "750.50", "effectiveDate", today.minusDays(5).toString())));
        Reply beforeStart = operator.post(
                "/api/v1/employments/" + employment + "/baja",
                ApiClient.json(Map.of("endDate", today.minusDays(21).toString(), "cause", "SEPARACION_VOLUNTARIA")));
        Reply baja = operator.post(
                "/api/v1/employments/" + employment + "/baja",
                ApiClient.json(Map.of("endDate", today.toString(), "cause", "SEPARACION_VOLUNTARIA")));
        Reply again = operator.post(
                "/api/v1/employments/" + employment + "/baja",
                ApiClient.json(Map.of("endDate", today.toString(), "cause", "OTRAS")));
        Reply history = operator.get("/api/v1/employments/" + employment);

        assertThat(raise.status()).as(raise.body()).isEqualTo(200);
        assertThat(beforeStart.json().get("code").asString()).isEqualTo("DATE_OUT_OF_RANGE");
        assertThat(baja.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("NOT_ACTIVE");
        assertThat(history.json().at("/employment/state").asString()).isEqualTo("TERMINATED");
        assertThat(history.json().at("/employment/sbc").decimalValue()).isEqualByComparingTo("750.50");
        assertThat(history.json()
                        .get("movements")
                        .valueStream()
                        .map(m -> m.get("kind").asString())
                        .toList())
                .containsExactly("ALTA", "MODIFICACION_SALARIO", "BAJA");
    }

    @Test
    void theSameAltaSentTwiceWithOneIdempotencyKeyIsFiledOnce() {
        String person = enrollments.registerPerson();
        ApiClient keyed =
                operator.withHeader("Idempotency-Key", UUID.randomUUID().toString());

        Reply first = hireWith(keyed, person, new BigDecimal("500.00"), today);
        Reply second = hireWith(keyed, person, new BigDecimal("500.00"), today);
        Reply otherKey = hireWith(
                operator.withHeader("Idempotency-Key", UUID.randomUUID().toString()),
                person,
                new BigDecimal("500.00"),
                today);

        assertThat(second.json().get("folio").asString())
                .isEqualTo(first.json().get("folio").asString());
        assertThat(otherKey.status()).isEqualTo(409);
        assertThat(otherKey.json().get("code").asString()).isEqualTo("ALREADY_EMPLOYED");

        // The same key for an alta in another registro is not that alta: it is refused, not answered.
        String firstRegistro = registro;
        registerEmployer();
        Reply elsewhere = hireWith(keyed, enrollments.registerPerson(), new BigDecimal("500.00"), today);
        assertThat(registro).isNotEqualTo(firstRegistro);
        assertThat(elsewhere.status()).isEqualTo(422);
        assertThat(elsewhere.json().get("field").asString()).isEqualTo("idempotencyKey");
    }

    @Test
    void aSalaryChangeAndABajaSentTwiceWithOneIdempotencyKeyEachAreFiledOnce() {
        String person = enrollments.registerPerson();
        assertThat(enrollments.enrollTenFingers(person, 55_000, 0)).isEqualTo("ENROLLED");
        String employment = hire(person, new BigDecimal("600.00"), today.minusDays(20))
                .json()
                .get("employmentId")
                .asString();
        ApiClient salaryKey =
                operator.withHeader("Idempotency-Key", UUID.randomUUID().toString());
        ApiClient bajaKey =
                operator.withHeader("Idempotency-Key", UUID.randomUUID().toString());
        String raise = ApiClient.json(
                Map.of("sbc", "750.50", "effectiveDate", today.minusDays(5).toString()));
        String baja = ApiClient.json(Map.of("endDate", today.toString(), "cause", "SEPARACION_VOLUNTARIA"));

        Reply firstRaise = salaryKey.post("/api/v1/employments/" + employment + "/salary", raise);
        Reply secondRaise = salaryKey.post("/api/v1/employments/" + employment + "/salary", raise);
        Reply raiseKeyForABaja = salaryKey.post("/api/v1/employments/" + employment + "/baja", baja);
        Reply firstBaja = bajaKey.post("/api/v1/employments/" + employment + "/baja", baja);
        Reply secondBaja = bajaKey.post("/api/v1/employments/" + employment + "/baja", baja);
        Reply history = operator.get("/api/v1/employments/" + employment);

        assertThat(firstRaise.status()).as(firstRaise.body()).isEqualTo(200);
        assertThat(secondRaise.status()).isEqualTo(200);
        assertThat(secondRaise.json().get("folio").asString())
                .isEqualTo(firstRaise.json().get("folio").asString());
        assertThat(raiseKeyForABaja.status()).isEqualTo(422);
        assertThat(raiseKeyForABaja.json().get("field").asString()).isEqualTo("idempotencyKey");
        assertThat(firstBaja.status()).as(firstBaja.body()).isEqualTo(200);
        assertThat(secondBaja.status()).isEqualTo(200);
        assertThat(secondBaja.json().get("folio").asString())
                .isEqualTo(firstBaja.json().get("folio").asString());
        assertThat(history.json()
                        .get("movements")
                        .valueStream()
                        .map(m -> m.get("kind").asString())
                        .toList())
                .containsExactly("ALTA", "MODIFICACION_SALARIO", "BAJA");
    }

    @Test
    void anUnknownWorkerOrMismatchedIdentifiersAreRefusedByField() {
        Reply unknown = operator.post(
                "/api/v1/registros/" + registro + "/altas",
                ApiClient.json(fields(Map.of("curp", "PEGJ900101HDFRRN09"), "500.00", today)));
        Reply malformed = operator.post(
                "/api/v1/registros/" + registro + "/altas",
                ApiClient.json(fields(Map.of("nss", "12345"), "500.00", today)));
        Reply noRegistro = operator.post(
                "/api/v1/registros/A0000000000/altas", ApiClient.json(fields(Map.of("nss", "12345"), "500.00", today)));

        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("code").asString()).isEqualTo("PERSON_NOT_FOUND");
        assertThat(malformed.json().get("code").asString()).isEqualTo("INVALID_FIELD");
        assertThat(malformed.json().get("field").asString()).isEqualTo("nss");
        assertThat(noRegistro.status()).isEqualTo(404);
    }

    private SbcBounds bounds(LocalDate date) {
        return referenceValues.sbcBounds(date, WageZone.GENERAL);
    }

    private Reply hire(String person, BigDecimal sbc, LocalDate start) {
        return hireWith(operator, person, sbc, start);
    }

    private Reply hireWith(ApiClient client, String person, BigDecimal sbc, LocalDate start) {
        String curp = jdbc.sql("select curp from registry.person where id = :id")
                .param("id", UUID.fromString(person))
                .query(String.class)
                .single();
        return client.post(
                "/api/v1/registros/" + registro + "/altas",
                ApiClient.json(fields(Map.of("curp", curp), sbc.toPlainString(), start)));
    }

    private static Map<String, Object> fields(Map<String, String> identifiers, String sbc, LocalDate start) {
        Map<String, Object> fields = new HashMap<>(identifiers);
        fields.put("workerType", "PERMANENTE");
        fields.put("salaryType", "FIJO");
        fields.put("sbc", sbc);
        fields.put("startDate", start.toString());
        return fields;
    }
}
