package mx.huella.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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
import mx.huella.registry.Person;
import mx.huella.registry.PersonService;
import mx.huella.restriction.Restrictions;
import mx.huella.staff.Role;
import mx.huella.tools.synthetic.GrayImagePng;
import mx.huella.tools.synthetic.SyntheticFingerprints;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The insured person's journeys in headless Chromium: the Constancia and its QR page; restriction and suspension. */
class InsuredJourneyIT extends RunningPortal {
    private static final SyntheticFingerprints FINGERS = new SyntheticFingerprints(20261123);

    @Autowired
    EmployerService employers;

    @Autowired
    PersonService persons;

    @Autowired
    Restrictions restrictions;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    mx.huella.device.DeviceRegistry devices;

    @Autowired
    mx.huella.seal.PdfSignatures pdfSignatures;

    @TempDir
    Path files;

    private HeadlessChromium chromium;
    private ApiClient operator;

    @BeforeEach
    void open() {
        chromium = HeadlessChromium.open();
        operator = new ApiClient(baseUrl(), "insured.operator", accountWith("insured.operator", Role.OPERATOR));
    }

    @AfterEach
    void close() {
        chromium.close();
        AdjustableClock.reset();
    }

    @Autowired
    mx.huella.signature.SignatureEvidence signatures;

    @Test
    void aWorkerOpensAnAccountStepsUpWithAFingerGetsTheConstanciaAndItsQrPageConfirmsItButNotATamperedCopy()
            throws Exception {
        String registro = employer("ASE251101K7", "K6600000011");
        Enrollments enrollments = new Enrollments(operator);
        String person = enrollments.registerPerson();
        assertThat(enrollments.enrollTenFingers(person, 81_000, 0)).isEqualTo("ENROLLED");
        Person worker = persons.get(UUID.fromString(person));
        hire(registro, worker.curp().value());

        chromium.browser().get(baseUrl() + "/asegurado/registro");
        type("curp", worker.curp().value());
        type("nss", worker.nss().orElseThrow().value());
        type("password", "mi-contraseña-segura");
        upload("finger", finger(81_000 + 1));
        click("open-submit");
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("get-constancia")));
        chromium.screenshot("insured-1-home");
        assertThat(chromium.browser().findElement(By.id("my-employers")).getText())
                .contains("K6600000011");

        click("get-constancia");
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("step-up-submit")));
        upload("finger", finger(81_000 + 1));
        chromium.screenshot("insured-2-step-up");
        click("step-up-submit");
        // The answer is the PDF itself (a download, so the page stays): wait for the step-up to be recorded.
        chromium.waiting()
                .until(driver ->
                        jdbc.sql("""
                        select count(*) from verification.attempt where claimed_person = :p and channel = 'WEB'
                        and decision = 'MATCH' and operator like 'insured:%'
                        """).param("p", worker.id()).query(Long.class).single() >= 2);
        byte[] pdf = download("/asegurado/constancia");
        String folio = jdbc.sql(
                        "select folio from insured.constancia where person_id = :p order by issued_at desc limit 1")
                .param("p", worker.id())
                .query(String.class)
                .single();

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(pdfSignatures.verifies(pdf))
                .as("the Constancia carries the platform's PAdES signature")
                .isTrue();
        chromium.browser().get(baseUrl() + "/constancias/" + folio);
        assertThat(text("constancia-authentic"))
                .contains("Auténtica", "Vigente")
                .doesNotContain(worker.curp().value());
        assertThat(text("constancia-current")).isEqualTo("Sí");
        chromium.screenshot("insured-3-qr-page");
        Path original = Files.write(files.resolve("constancia.pdf"), pdf);
        upload("file", original);
        click("check-copy");
        assertThat(text("constancia-authentic")).contains("Auténtica");
        byte[] tampered = pdf.clone();
        tampered[tampered.length / 2] ^= 0x01;
        chromium.browser().get(baseUrl() + "/constancias/" + folio);
        upload("file", Files.write(files.resolve("alterada.pdf"), tampered));
        click("check-copy");
        assertThat(text("constancia-not-authentic")).contains("no es auténtica");
        chromium.screenshot("insured-4-tampered-copy");

        // The holder signs a document with a finger and gets evidence that checks against that document only.
        chromium.browser().get(baseUrl() + "/asegurado");
        click("sign-document");
        upload("document", original);
        new org.openqa.selenium.support.ui.Select(chromium.browser().findElement(By.id("purpose")))
                .selectByValue("INCAPACITY_PAYMENT");
        upload("finger", finger(81_000 + 1));
        click("sign-submit");
        assertThat(text("signed")).contains("quedó firmado");
        String evidence = chromium.browser().findElement(By.id("evidence")).getDomProperty("value");
        chromium.screenshot("insured-4b-signed");
        assertThat(signatures.check(evidence, pdf).valid()).isTrue();
        assertThat(signatures.check(evidence, pdf).documentMatches()).isTrue();
        assertThat(signatures.check(evidence, tampered).documentMatches()).isFalse();
        assertThat(signatures
                        .check(evidence, pdf)
                        .claims()
                        .orElseThrow()
                        .get("purpose")
                        .asString())
                .isEqualTo("INCAPACITY_PAYMENT");
    }

    @Test
    void aWorkerPastTheDeadlineSeesTheRestrictionAndCountdownThenTheSuspensionAndEnrollmentLiftsIt() throws Exception {
        String registro = employer("ASR251101K7", "K6600000021");
        Enrollments enrollments = new Enrollments(operator);
        String person = enrollments.registerPerson();
        Person worker = persons.get(UUID.fromString(person));
        hire(registro, worker.curp().value());
        // An account from before (opening one needs a fingerprint match, tested above).
        jdbc.sql("insert into insured.account (person_id, curp, password_hash, created_at) values (:p, :c, :h, now())")
                .param("p", worker.id())
                .param("c", worker.curp().value())
                .param("h", passwords.encode("mi-contraseña-segura"))
                .update();

        AdjustableClock.moveForward(Duration.ofDays(31));
        restrictions.advance();
        signIn(worker.curp().value());
        assertThat(text("restriction")).contains("Trámite restringido por falta de biometría");
        assertThat(text("restriction-countdown")).contains("Faltan 30 días");
        chromium.screenshot("insured-5-restricted");
        click("get-constancia");
        assertThat(text("restriction")).contains("Trámite restringido por falta de biometría");
        chromium.browser().get(baseUrl() + "/asegurado/citas");
        assertThat(text("appointment-refusal")).contains("no puede agendar citas");
        assertThat(text("restriction-countdown")).contains("Faltan 30 días");
        chromium.screenshot("insured-5b-appointment-refused");

        AdjustableClock.moveForward(Duration.ofDays(30));
        restrictions.advance();
        chromium.browser().get(baseUrl() + "/asegurado");
        assertThat(text("restriction")).contains("NSS suspendido por falta de biometría");
        chromium.screenshot("insured-6-suspended");

        assertThat(enrollments.enrollTenFingers(person, 82_000, 0)).isEqualTo("ENROLLED");
        chromium.browser().get(baseUrl() + "/asegurado");
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("get-constancia")));
        assertThat(chromium.browser().findElements(By.id("restriction"))).isEmpty();
        chromium.screenshot("insured-7-lifted");
        click("appointments");
        click("show-times");
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("appointment-slots")));
        chromium.screenshot("insured-7a-appointment-times");
        chromium.waiting()
                .until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("#appointment-slots button:not([disabled])")))
                .click();
        assertThat(text("appointment-booked")).contains("Su cita quedó agendada");
        assertThat(text("upcoming-appointment")).contains("Unidad de Medicina Familiar");
        chromium.screenshot("insured-7b-appointment-booked");
    }

    @Test
    void aClinicKioskIdentifiesAPatientByFingerAndShowsTheirVigencia() throws Exception {
        String registro = employer("ASK251101K7", "K6600000031");
        Enrollments enrollments = new Enrollments(operator);
        String person = enrollments.registerPerson();
        assertThat(enrollments.enrollTenFingers(person, 83_000, 0)).isEqualTo("ENROLLED");
        Person patient = persons.get(UUID.fromString(person));
        hire(registro, patient.curp().value());
        var kiosk = devices.register(mx.huella.device.DeviceKind.KIOSK, "Quiosco UMF 20", "UMF 20", Actor.SYSTEM);

        chromium.browser().get(baseUrl() + "/quiosco");
        type("device", kiosk.device().id().toString());
        type("secret", kiosk.secret());
        click("kiosk-sign-in");
        upload("finger-identify", finger(83_000 + 1));
        click("kiosk-identify");
        assertThat(text("kiosk-patient")).contains("Hola, " + patient.givenNames());
        assertThat(text("kiosk-vigencia")).contains("Sus derechos están vigentes");
        chromium.screenshot("insured-8-kiosk-identified");
        click("kiosk-again");
        type("nss", patient.nss().orElseThrow().value());
        upload("finger-verify", finger(89_000 + 1));
        click("kiosk-verify");
        assertThat(text("kiosk-no-match")).contains("No lo encontramos");
        assertThat(jdbc.sql("select count(*) from verification.attempt where device = 'Quiosco UMF 20'")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    private void signIn(String curp) {
        chromium.browser().get(baseUrl() + "/asegurado/login");
        type("curp", curp);
        type("password", "mi-contraseña-segura");
        click("insured-sign-in");
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("get-constancia")));
    }

    /** Fetches a file with the browser's session, as its download would. */
    private byte[] download(String path) throws Exception {
        Cookie session = chromium.browser().manage().getCookieNamed("HUELLA_SESSION");
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + path))
                                .header("Cookie", "HUELLA_SESSION=" + session.getValue())
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private Path finger(long finger) throws Exception {
        return Files.write(
                files.resolve("finger-" + finger + "-" + System.nanoTime() + ".png"),
                GrayImagePng.encode(FINGERS.finger(finger).impression(2)));
    }

    private void upload(String id, Path file) {
        chromium.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.id(id)))
                .sendKeys(file.toString());
    }

    private void type(String id, String text) {
        chromium.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)))
                .sendKeys(text);
    }

    private void click(String id) {
        chromium.waiting()
                .until(ExpectedConditions.elementToBeClickable(By.id(id)))
                .click();
    }

    private String text(String id) {
        return chromium.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)))
                .getText();
    }

    private String employer(String rfcBody, String registro) {
        employers.register(
                Rfc.parse(rfcBody + Rfc.checkDigit(rfcBody)),
                "Asegurados " + rfcBody,
                List.of(RegistroPatronal.parse(registro)),
                null,
                Actor.SYSTEM);
        return registro;
    }

    private void hire(String registro, String curp) {
        ApiClient.Reply alta = operator.post(
                "/api/v1/registros/" + registro + "/altas",
                ApiClient.json(Map.of(
                        "curp", curp,
                        "workerType", "PERMANENTE",
                        "salaryType", "FIJO",
                        "sbc", "480.00",
                        "startDate",
                                LocalDate.now(java.time.ZoneId.of("America/Mexico_City"))
                                        .toString())));
        assertThat(alta.status()).as(alta.body()).isEqualTo(201);
    }
}
