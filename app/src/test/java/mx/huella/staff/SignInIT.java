package mx.huella.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;
import mx.huella.ApiClient;
import mx.huella.PortalSession;
import mx.huella.RunningPortal;
import mx.huella.audit.Actor;
import org.junit.jupiter.api.Test;

class SignInIT extends RunningPortal {
    @Test
    void locksAnAccountAfterFiveFailedSignInsEvenAgainstTheRightPassword() {
        String password = accountWith("lock.target", Role.OPERATOR);
        ApiClient wrong = new ApiClient(baseUrl(), "lock.target", "not-the-password-1");
        for (int i = 0; i < 5; i++) {
            assertThat(wrong.get("/api/v1/persons?q=x").status()).isEqualTo(401);
        }

        ApiClient.Reply right = new ApiClient(baseUrl(), "lock.target", password).get("/api/v1/persons?q=x");

        assertThat(right.status()).isEqualTo(401);
        assertThat(right.body()).contains("locked");
        assertThat(staff.accounts())
                .filteredOn(a -> a.username().equals("lock.target"))
                .singleElement()
                .extracting(StaffSummary::locked)
                .isEqualTo(true);
    }

    @Test
    void aOneTimePasswordMustBeChangedBeforeAnythingElse() {
        String oneTime = staff.issueAccount("new.operator", "Nuevo", Set.of(Role.OPERATOR), Actor.SYSTEM);
        PortalSession browser = new PortalSession(baseUrl());
        browser.signIn("new.operator", oneTime);

        HttpResponse<String> persons = browser.get("/persons");
        assertThat(persons.statusCode()).isEqualTo(302);
        assertThat(persons.headers().firstValue("Location").orElseThrow()).endsWith("/account/password");
        assertThat(new ApiClient(baseUrl(), "new.operator", oneTime)
                        .get("/api/v1/persons?q=x")
                        .status())
                .isEqualTo(403);

        String form = browser.get("/account/password").body();
        HttpResponse<String> changed = browser.post(
                "/account/password",
                PortalSession.csrfOf(form),
                "currentPassword=" + PortalSession.encode(oneTime) + "&newPassword="
                        + PortalSession.encode("mi-clave-segura-2026") + "&confirmation="
                        + PortalSession.encode("mi-clave-segura-2026"));

        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(browser.get("/persons").statusCode()).isEqualTo(200);
        assertThat(new ApiClient(baseUrl(), "new.operator", "mi-clave-segura-2026")
                        .get("/api/v1/persons?q=x")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void pagesCarrySecurityHeadersAndChangesWithoutACsrfTokenAreRefused() {
        PortalSession browser = new PortalSession(baseUrl());
        HttpResponse<String> login = browser.get("/login");

        assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.body()).contains("Iniciar sesión");

        browser.signIn("csrf.operator", accountWith("csrf.operator", Role.OPERATOR));
        browser.get("/persons/new");
        HttpResponse<String> forged = browser.post("/persons", "", "curp=X");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(browser.post("/persons", "not-the-token", "curp=X").statusCode())
                .isEqualTo(403);
    }

    @Test
    void healthIsPublicAndMetricsNeedAnAdministrator() {
        PortalSession anonymous = new PortalSession(baseUrl());
        assertThat(anonymous.get("/actuator/health", "application/json").body()).contains("UP");
        assertThat(anonymous.get("/actuator/prometheus", "text/plain").statusCode())
                .isEqualTo(401);

        ApiClient admin = new ApiClient(baseUrl(), "metrics.admin", accountWith("metrics.admin", Role.ADMIN));
        assertThat(admin.getText("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void thereIsAlwaysAnAdministratorAfterStartWithNoDefaultPassword() {
        assertThat(staff.anyAdministrator()).isTrue();
        assertThat(staff.createInitialAdministrator("second.admin"))
                .as("only one first administrator")
                .isEmpty();
        assertThat(staff.accounts())
                .filteredOn(a -> a.username().equals("admin"))
                .singleElement()
                .satisfies(a -> assertThat(a.passwordChangeDue()).isTrue());
        assertThat(new ApiClient(baseUrl(), "admin", "admin")
                        .get("/api/v1/persons?q=x")
                        .status())
                .isEqualTo(401);
    }
}
