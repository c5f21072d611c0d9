package mx.huella.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.huella.ApiClient;
import mx.huella.RunningPortal;
import mx.huella.audit.Actor;
import org.junit.jupiter.api.Test;

class SignInIT extends RunningPortal {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

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
    assertThat(staff.accounts()).filteredOn(a -> a.username().equals("lock.target")).singleElement()
        .extracting(StaffSummary::locked).isEqualTo(true);
  }

  @Test
  void aOneTimePasswordMustBeChangedBeforeAnythingElse() throws Exception {
    String oneTime = staff.issueAccount("new.operator", "Nuevo", Set.of(Role.OPERATOR), Actor.SYSTEM);
    Browser browser = new Browser();
    browser.signIn("new.operator", oneTime);

    HttpResponse<String> persons = browser.get("/persons");
    assertThat(persons.statusCode()).isEqualTo(302);
    assertThat(persons.headers().firstValue("Location").orElseThrow()).endsWith("/account/password");
    assertThat(new ApiClient(baseUrl(), "new.operator", oneTime).get("/api/v1/persons?q=x").status()).isEqualTo(403);

    String form = browser.get("/account/password").body();
    HttpResponse<String> changed = browser.post("/account/password", csrfOf(form),
        "currentPassword=" + enc(oneTime) + "&newPassword=" + enc("mi-clave-segura-2026") + "&confirmation=" + enc("mi-clave-segura-2026"));

    assertThat(changed.statusCode()).isEqualTo(302);
    assertThat(browser.get("/persons").statusCode()).isEqualTo(200);
    assertThat(new ApiClient(baseUrl(), "new.operator", "mi-clave-segura-2026").get("/api/v1/persons?q=x").status()).isEqualTo(200);
  }

  @Test
  void pagesCarrySecurityHeadersAndChangesWithoutACsrfTokenAreRefused() throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> login = browser.get("/login");

    assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'self'");
    assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(login.body()).contains("Iniciar sesión");

    browser.signIn("csrf.operator", accountWith("csrf.operator", Role.OPERATOR));
    HttpResponse<String> forged = browser.post("/persons", "", "curp=X");
    assertThat(forged.statusCode()).isEqualTo(403);
  }

  @Test
  void healthIsPublicAndMetricsNeedAnAdministrator() throws Exception {
    Browser anonymous = new Browser();
    assertThat(anonymous.get("/actuator/health").body()).contains("UP");
    assertThat(anonymous.get("/actuator/prometheus").statusCode()).isEqualTo(401);

    ApiClient admin = new ApiClient(baseUrl(), "metrics.admin", accountWith("metrics.admin", Role.ADMIN));
    assertThat(admin.getText("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
  }

  @Test
  void thereIsAlwaysAnAdministratorAfterStartWithNoDefaultPassword() {
    assertThat(staff.anyAdministrator()).isTrue();
    assertThat(new ApiClient(baseUrl(), "admin", "admin").get("/api/v1/persons?q=x").status()).isEqualTo(401);
  }

  private static String csrfOf(String html) {
    Matcher matcher = CSRF.matcher(html);
    assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
    return matcher.group(1);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A cookie-keeping client that does not follow redirects, like a browser's network layer. */
  private final class Browser {
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
      return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String csrf, String form) throws IOException, InterruptedException {
      String body = csrf.isEmpty() ? form : form + "&_csrf=" + enc(csrf);
      return http.send(
          HttpRequest.newBuilder(URI.create(baseUrl() + path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }

    void signIn(String username, String password) throws IOException, InterruptedException {
      String page = get("/login").body();
      HttpResponse<String> reply = post("/login", csrfOf(page), "username=" + enc(username) + "&password=" + enc(password));
      assertThat(reply.statusCode()).isEqualTo(302);
      assertThat(reply.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }
  }
}
