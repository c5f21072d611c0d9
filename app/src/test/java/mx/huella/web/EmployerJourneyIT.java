package mx.huella.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import mx.huella.ApiClient;
import mx.huella.RunningPortal;
import mx.huella.audit.Actor;
import mx.huella.demo.DemoCertificateAuthority;
import mx.huella.employer.bulk.RegisteredWorkers;
import mx.huella.employer.efirma.PortalAuthority;
import mx.huella.employer.registration.EmployerService;
import mx.huella.enrollment.Enrollments;
import mx.huella.identifier.RegistroPatronal;
import mx.huella.identifier.Rfc;
import mx.huella.registry.Person;
import mx.huella.registry.PersonService;
import mx.huella.staff.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The employer's journeys in headless Chromium: e.firma sign-in, an alta held for biometrics, a bulk file. */
class EmployerJourneyIT extends RunningPortal {
    private static final String PASSWORD = "12345678a";

    @Autowired
    EmployerService employers;

    @Autowired
    PersonService persons;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path files;

    private HeadlessChromium chromium;

    @BeforeEach
    void open() {
        chromium = HeadlessChromium.open();
    }

    @AfterEach
    void close() {
        chromium.close();
    }

    @Test
    void anEmployerSignsInWithItsEfirmaInTheBrowserAndEachFailureSaysWhy() throws Exception {
        DemoCertificateAuthority sat = PortalAuthority.authority();
        String rfc = register("JEF251101K7", "Jornadas Efirma, S.A.", "K4400000011");
        DemoCertificateAuthority.Issued efirma = sat.efirma(rfc + " / PEGJ900101LN6", "JORNADAS EFIRMA SA", PASSWORD);
        DemoCertificateAuthority.Issued other = sat.efirma(rfc, "OTRA LLAVE", PASSWORD);
        Instant now = Instant.now();
        DemoCertificateAuthority.Issued expired =
                sat.issue(rfc, "VENCIDA", now.minusSeconds(86_400L * 1500), now.minusSeconds(60), false, PASSWORD);
        DemoCertificateAuthority.Issued revoked = sat.efirma(rfc, "REVOCADA", PASSWORD);
        PortalAuthority.revoke(revoked.certificate());
        DemoCertificateAuthority.Issued foreign =
                new DemoCertificateAuthority("AC ajena del navegador").efirma(rfc, "AJENA", PASSWORD);
        DemoCertificateAuthority.Issued unregistered = sat.efirma(rfcOf("NRE251101K7"), "SIN PATRON", PASSWORD);

        assertThat(clientRefusal(efirma.cer(), efirma.key(), "contraseña-equivocada"))
                .contains("La contraseña de la llave privada es incorrecta");
        chromium.screenshot("employer-1-wrong-password");
        assertThat(clientRefusal(efirma.cer(), other.key(), PASSWORD))
                .contains("La llave privada no corresponde al certificado");
        assertThat(serverRefusal(expired)).contains("Su e.firma está vencida");
        chromium.screenshot("employer-2-expired");
        assertThat(serverRefusal(revoked)).contains("Su e.firma fue revocada");
        assertThat(serverRefusal(foreign)).contains("no fue emitido por una autoridad certificadora reconocida");
        assertThat(serverRefusal(unregistered)).contains("no corresponde a ningún patrón registrado");

        // A PEM copy of the same .cer and .key (some tools export them so) signs in like SAT's DER files.
        openSignIn(pem("CERTIFICATE", efirma.cer()), pem("ENCRYPTED PRIVATE KEY", efirma.key()), PASSWORD);
        chromium.waiting().until(ExpectedConditions.urlToBe(baseUrl() + "/empresa"));
        chromium.screenshot("employer-3-dashboard");
        assertThat(chromium.browser().findElement(By.id("registros")).getText()).contains("K44-00000-01-1");
    }

    @Test
    void anAltaForAnUnenrolledWorkerShowsPendingBiometricsAndTakesEffectOnceTheWorkerEnrolls() throws Exception {
        DemoCertificateAuthority sat = PortalAuthority.authority();
        String rfc = register("JAL251101K7", "Jornadas Altas, S.A.", "K4400000021");
        ApiClient operator =
                new ApiClient(baseUrl(), "journey.alta.operator", accountWith("journey.alta.operator", Role.OPERATOR));
        Enrollments enrollments = new Enrollments(operator);
        String person = enrollments.registerPerson();
        String curp =
                operator.get("/api/v1/persons/" + person).json().get("curp").asString();
        signIn(sat.efirma(rfc, "JORNADAS ALTAS SA", PASSWORD));

        chromium.browser().get(baseUrl() + "/empresa/registros/K4400000021");
        click("new-alta");
        type("curp", curp);
        type("sbc", "520.00");
        setDate("startDate", LocalDate.now(java.time.ZoneId.of("America/Mexico_City")));
        click("submit-alta");
        WebElement pending =
                chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("pending-biometrics")));
        chromium.screenshot("employer-4-alta-pending-biometrics");

        assertThat(pending.getText())
                .contains("Alta pendiente de biometría", "Fecha límite", "Unidad de Medicina Familiar");
        assertThat(text("employment-state")).isEqualTo("Pendiente de biometría");
        String employmentPage = chromium.browser().getCurrentUrl();
        chromium.browser().get(baseUrl() + "/empresa/registros/K4400000021?show=pending");
        chromium.screenshot("employer-4b-compliance-without-biometrics");
        assertThat(text("workers")).contains(curp, "Pendiente");
        assertThat(text("show-pending")).endsWith("1");

        assertThat(enrollments.enrollTenFingers(person, 61_000, 0)).isEqualTo("ENROLLED");
        chromium.browser().get(baseUrl() + "/empresa/registros/K4400000021?show=pending");
        assertThat(chromium.browser().findElements(By.id("workers"))).isEmpty();
        chromium.browser().get(baseUrl() + "/empresa/registros/K4400000021");
        assertThat(text("workers")).contains(curp, "Inscrito");
        chromium.browser().get(employmentPage);
        chromium.waiting().until(ExpectedConditions.textToBe(By.id("employment-state"), "Activo"));
        chromium.screenshot("employer-5-alta-effective");

        assertThat(chromium.browser().findElements(By.id("pending-biometrics"))).isEmpty();
        assertThat(chromium.browser().findElement(By.id("movements")).getText()).contains("Efectivo");
    }

    @Test
    void aFileOfFiveThousandMovementsWithFiftyBadRowsShowsItsProgressAndReportsExactlyThoseRows() throws Exception {
        DemoCertificateAuthority sat = PortalAuthority.authority();
        String rfc = register("JCM251101K7", "Jornadas Carga Masiva, S.A.", "K4400000031");
        List<Person> workers = RegisteredWorkers.register(persons, 5000);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("America/Mexico_City"));
        StringBuilder csv = new StringBuilder("movimiento,curp,nss,tipo_trabajador,tipo_salario,sbc,fecha,causa\n");
        TreeSet<Integer> badLines = new TreeSet<>();
        List<String> reasons = List.of("1.00", "99999.00", "abc", "bad-date", "bad-type");
        for (int i = 0; i < workers.size(); i++) {
            int line = i + 2;
            String curp = workers.get(i).curp().value();
            if (i % 100 == 37) {
                badLines.add(line);
                String defect = reasons.get(badLines.size() % reasons.size());
                switch (defect) {
                    case "bad-date" -> csv.append("08,").append(curp).append(",,1,0,450.00,2026-13-40,\n");
                    case "bad-type" ->
                        csv.append("08,")
                                .append(curp)
                                .append(",,7,0,450.00,")
                                .append(today)
                                .append(",\n");
                    default ->
                        csv.append("08,")
                                .append(curp)
                                .append(",,1,0,")
                                .append(defect)
                                .append(',')
                                .append(today)
                                .append(",\n");
                }
            } else {
                csv.append("08,")
                        .append(curp)
                        .append(",,1,0,450.00,")
                        .append(today)
                        .append(",\n");
            }
        }
        Path file = Files.writeString(files.resolve("altas-noviembre.csv"), csv);
        signIn(sat.efirma(rfc, "JORNADAS CARGA MASIVA SA", PASSWORD));

        chromium.browser().get(baseUrl() + "/empresa/registros/K4400000031/cargas");
        chromium.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.id("file")))
                .sendKeys(file.toString());
        click("upload-file");
        WebElement progress =
                chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("bulk-progress")));
        long seenPartial = 0;
        WebDriverWait untilDone = new WebDriverWait(chromium.browser(), Duration.ofMinutes(4), Duration.ofMillis(250));
        // htmx replaces the progress section every second: an element read just then is stale, so read again.
        untilDone.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        List<Long> values = new ArrayList<>();
        untilDone.until(browser -> {
            WebElement bar = browser.findElement(By.id("bulk-progress"));
            long value = Long.parseLong(bar.getDomAttribute("value"));
            long max = Long.parseLong(bar.getDomAttribute("max"));
            values.add(value);
            if (value > 0 && value < max && values.size() % 20 == 1) {
                chromium.screenshot("employer-6-bulk-progress");
            }
            return "DONE".equals(browser.findElement(By.id("bulk-state")).getDomAttribute("data-state"));
        });
        seenPartial = values.stream().filter(v -> v > 0 && v < 5000).count();
        chromium.screenshot("employer-7-bulk-done");

        assertThat(progress).isNotNull();
        assertThat(seenPartial)
                .as("the progress bar moved while the file was processed")
                .isPositive();
        List<Integer> reported =
                chromium.browser().findElements(By.cssSelector("#bulk-errors tbody tr td:first-child")).stream()
                        .map(cell -> Integer.parseInt(cell.getText()))
                        .toList();
        assertThat(reported).containsExactlyElementsOf(badLines);
        assertThat(chromium.browser().findElement(By.id("errors-csv")).isDisplayed())
                .isTrue();
        assertThat(jdbc.sql("select count(*) from employer.employment where registro = 'K4400000031'")
                        .query(Long.class)
                        .single())
                .isEqualTo(4950);
    }

    private String clientRefusal(byte[] cer, byte[] key, String password) throws Exception {
        openSignIn(cer, key, password);
        return chromium.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("efirma-client-error")))
                .getText();
    }

    private String serverRefusal(DemoCertificateAuthority.Issued efirma) throws Exception {
        openSignIn(efirma.cer(), efirma.key(), PASSWORD);
        return chromium.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("efirma-error")))
                .getText();
    }

    private void signIn(DemoCertificateAuthority.Issued efirma) throws Exception {
        openSignIn(efirma.cer(), efirma.key(), PASSWORD);
        chromium.waiting().until(ExpectedConditions.urlToBe(baseUrl() + "/empresa"));
    }

    private static byte[] pem(String type, byte[] der) {
        String body = java.util.Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .encodeToString(der);
        return ("-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private void openSignIn(byte[] cer, byte[] key, String password) throws Exception {
        Path cerFile = Files.write(Files.createTempFile(files, "efirma", ".cer"), cer);
        Path keyFile = Files.write(Files.createTempFile(files, "efirma", ".key"), key);
        chromium.browser().get(baseUrl() + "/empresa/login");
        chromium.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.id("cer-file")))
                .sendKeys(cerFile.toString());
        chromium.browser().findElement(By.id("key-file")).sendKeys(keyFile.toString());
        chromium.browser().findElement(By.id("key-password")).sendKeys(password);
        click("efirma-submit");
    }

    private void click(String id) {
        chromium.waiting()
                .until(ExpectedConditions.elementToBeClickable(By.id(id)))
                .click();
    }

    private void type(String id, String text) {
        chromium.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)))
                .sendKeys(text);
    }

    private void setDate(String id, LocalDate date) {
        // Typing into a date input depends on the browser's locale; set the value as the form sends it.
        ((org.openqa.selenium.JavascriptExecutor) chromium.browser())
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, date.toString());
    }

    private String text(String id) {
        return chromium.browser().findElement(By.id(id)).getText();
    }

    private String register(String rfcBody, String name, String registro) {
        String rfc = rfcOf(rfcBody);
        employers.register(Rfc.parse(rfc), name, List.of(RegistroPatronal.parse(registro)), null, Actor.SYSTEM);
        return rfc;
    }

    private static String rfcOf(String body) {
        return body + Rfc.checkDigit(body);
    }
}
