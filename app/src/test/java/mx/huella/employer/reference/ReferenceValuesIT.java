package mx.huella.employer.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import mx.huella.ApiClient;
import mx.huella.ApiClient.Reply;
import mx.huella.PortalSession;
import mx.huella.RunningPortal;
import mx.huella.employer.registration.WageZone;
import mx.huella.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ReferenceValuesIT extends RunningPortal {
    @Autowired
    ReferenceValues values;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorAddsNextYearsUmaAndTheSbcCapFollowsItFromItsDate() {
        ApiClient admin = new ApiClient(baseUrl(), "values.admin", accountWith("values.admin", Role.ADMIN));
        LocalDate from = LocalDate.of(2031, 2, 1);

        Reply added = admin.post(
                "/api/v1/reference-values",
                ApiClient.json(Map.of(
                        "kind",
                        "UMA",
                        "validFrom",
                        from.toString(),
                        "dailyAmount",
                        150.25,
                        "source",
                        "INEGI, UMA 2031")));
        Reply again = admin.post(
                "/api/v1/reference-values",
                ApiClient.json(
                        Map.of("kind", "UMA", "validFrom", from.toString(), "dailyAmount", 151, "source", "repetido")));
        Reply table = admin.get("/api/v1/reference-values");

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("DUPLICATE_REFERENCE_VALUE");
        assertThat(values.sbcBounds(from, WageZone.GENERAL).maximum()).isEqualByComparingTo(new BigDecimal("3756.25"));
        assertThat(values.sbcBounds(from.minusDays(1), WageZone.GENERAL).maximum())
                .isLessThan(new BigDecimal("3756.25"));
        assertThat(table.body()).contains("INEGI, UMA 2031");
        assertThat(jdbc.sql("select count(*) from audit.event where action = 'REFERENCE_VALUE_ADDED' and subject = :s")
                        .param("s", "UMA@" + from)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void implausibleValuesAreRefusedNamingTheField() {
        ApiClient admin = new ApiClient(baseUrl(), "values.admin2", accountWith("values.admin2", Role.ADMIN));

        Reply unknownKind = admin.post(
                "/api/v1/reference-values",
                ApiClient.json(
                        Map.of("kind", "SALARIO", "validFrom", "2031-01-01", "dailyAmount", 300, "source", "x")));
        Reply threeDecimals = admin.post(
                "/api/v1/reference-values",
                ApiClient.json(Map.of(
                        "kind", "MINIMUM_WAGE_GENERAL",
                        "validFrom", "2031-01-01",
                        "dailyAmount", 300.125,
                        "source", "CONASAMI")));
        Reply noSource = admin.post(
                "/api/v1/reference-values",
                ApiClient.json(Map.of(
                        "kind", "MINIMUM_WAGE_GENERAL", "validFrom", "2031-01-01", "dailyAmount", 300, "source", " ")));

        assertThat(unknownKind.status()).isEqualTo(422);
        assertThat(unknownKind.json().get("field").asString()).isEqualTo("kind");
        assertThat(threeDecimals.json().get("field").asString()).isEqualTo("dailyAmount");
        assertThat(noSource.json().get("field").asString()).isEqualTo("source");
    }

    @Test
    void onlyAdministratorsAddValuesAndEveryStaffMemberReadsThem() {
        ApiClient operator = new ApiClient(baseUrl(), "values.operator", accountWith("values.operator", Role.OPERATOR));

        Reply refused = operator.post(
                "/api/v1/reference-values",
                ApiClient.json(Map.of(
                        "kind", "UMA", "validFrom", "2032-02-01", "dailyAmount", 160, "source", "INEGI, UMA 2032")));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(operator.get("/api/v1/reference-values").status()).isEqualTo(200);
    }

    @Test
    void aKindWithoutAValueFromTheLastYearIsReportedStale() {
        assertThat(values.stale(LocalDate.of(2026, 11, 23))).isEmpty();
        assertThat(values.stale(LocalDate.of(2040, 1, 1)))
                .containsExactly(
                        ReferenceValues.Kind.UMA,
                        ReferenceValues.Kind.MINIMUM_WAGE_GENERAL,
                        ReferenceValues.Kind.MINIMUM_WAGE_FRONTERA_NORTE);
    }

    @Test
    void anAdministratorAddsAValueFromThePage() {
        PortalSession browser = new PortalSession(baseUrl());
        browser.signIn("values.page", accountWith("values.page", Role.ADMIN));
        String page = browser.get("/reference-values").body();

        var added = browser.post(
                "/reference-values",
                PortalSession.csrfOf(page),
                "kind=MINIMUM_WAGE_FRONTERA_NORTE&validFrom=2033-01-01&dailyAmount=612.50&source=CONASAMI+2033"
                        + "&confirmUnusual=true");
        String refused = browser.post(
                        "/reference-values",
                        PortalSession.csrfOf(page),
                        "kind=MINIMUM_WAGE_FRONTERA_NORTE&validFrom=2033-01-01&dailyAmount=612.50&source=CONASAMI+2033")
                .body();

        assertThat(page).contains("id=\"add-reference-value\"", "CONASAMI 2026");
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(browser.get("/reference-values").body()).contains("CONASAMI 2033", "$612.50");
        assertThat(refused).contains("id=\"refusal\"");
        String notAnAmount = browser.post(
                        "/reference-values",
                        PortalSession.csrfOf(page),
                        "kind=UMA&validFrom=2034-02-01&dailyAmount=ciento+veinte&source=INEGI")
                .body();
        assertThat(notAnAmount).contains("id=\"refusal\"", "monto diario");
    }

    @Test
    void anAmountFarFromThePreviousOneNeedsConfirmingAndAMistypedOneIsCorrectedAudited() {
        ApiClient admin = new ApiClient(baseUrl(), "values.admin3", accountWith("values.admin3", Role.ADMIN));
        Map<String, Object> typo = Map.of(
                "kind", "MINIMUM_WAGE_GENERAL", "validFrom", "2035-01-01", "dailyAmount", 3150.4, "source", "CONASAMI");

        Reply unconfirmed = admin.post("/api/v1/reference-values", ApiClient.json(typo));
        Map<String, Object> confirmed = new java.util.HashMap<>(typo);
        confirmed.put("confirmUnusual", true);
        Reply recorded = admin.post("/api/v1/reference-values", ApiClient.json(confirmed));
        Reply corrected = admin.post(
                "/api/v1/reference-values",
                ApiClient.json(Map.of(
                        "kind", "MINIMUM_WAGE_GENERAL",
                        "validFrom", "2035-01-01",
                        "dailyAmount", 350.4,
                        "source", "CONASAMI 2035",
                        "correction", true)));
        Reply nothingToCorrect = admin.post(
                "/api/v1/reference-values",
                ApiClient.json(Map.of(
                        "kind",
                        "UMA",
                        "validFrom",
                        "2035-02-07",
                        "dailyAmount",
                        130,
                        "source",
                        "x",
                        "correction",
                        true)));

        assertThat(unconfirmed.status()).isEqualTo(422);
        assertThat(unconfirmed.json().get("field").asString()).isEqualTo("dailyAmount");
        assertThat(recorded.status()).isEqualTo(201);
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
        assertThat(values.sbcBounds(LocalDate.of(2035, 3, 1), WageZone.GENERAL).minimum())
                .isEqualByComparingTo(new BigDecimal("350.40"));
        assertThat(nothingToCorrect.status()).isEqualTo(404);
        assertThat(jdbc.sql(
                                "select outcome from audit.event where action = 'REFERENCE_VALUE_CORRECTED' and subject = :s")
                        .param("s", "MINIMUM_WAGE_GENERAL@2035-01-01")
                        .query(String.class)
                        .single())
                .isEqualTo("SUCCESS 3150.40 -> 350.40");
    }
}
