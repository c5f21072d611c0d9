package mx.huella.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import mx.huella.RunningPortal;
import mx.huella.audit.Actor;
import mx.huella.registry.Person;
import mx.huella.registry.PersonService;
import mx.huella.registry.Persons;
import mx.huella.staff.Role;
import mx.huella.tools.synthetic.GrayImagePng;
import mx.huella.tools.synthetic.SyntheticFingerprints;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An operator enrolls two people in headless Chromium: consent to the privacy notice, ten fingers
 * uploaded one by one with the grid filling in, submission; the second person, with the first's
 * fingers under another CURP, is held as a suspected duplicate. Screenshots: target/journey-screenshots.
 */
class EnrollmentJourneyIT extends RunningPortal {
    private static final SyntheticFingerprints FINGERS = new SyntheticFingerprints(777);
    private static final Path FACE = Path.of("../../shared/data/faces/amy/amy3.png");

    @Autowired
    PersonService persons;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @TempDir
    Path samples;

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
    void anOperatorRecordsConsentEnrollsTenFingersAndTheSameFingersUnderAnotherCurpAreHeld() throws Exception {
        Person first = persons.register(Persons.aPerson(), Actor.SYSTEM);
        Person second = persons.register(Persons.aPerson(), Actor.SYSTEM);
        chromium.signIn(baseUrl(), "ui.operator", accountWith("ui.operator", Role.OPERATOR));
        WebDriver browser = chromium.browser();

        browser.get(baseUrl() + "/persons/" + first.id());
        click("biometrics");
        assertThat(chromium.waiting()
                        .until(ExpectedConditions.visibilityOfElementLocated(By.id("notice-text")))
                        .getText())
                .contains("datos personales sensibles");
        click("give-consent");
        assertThat(chromium.waiting()
                        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.error")))
                        .getText())
                .contains("consentimiento");
        click("agreed");
        click("give-consent");
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("consent-in-force")));
        chromium.screenshot("1-consent-recorded");

        assertThat(enrollTenFingers(first.id(), 0, false)).contains("inscrita");
        chromium.screenshot("3-enrolled");
        assertThat(browser.findElement(By.id("usable-fingers")).getText()).isEqualTo("10");

        browser.get(baseUrl() + "/enrollment/persons/" + second.id());
        click("agreed");
        click("give-consent");
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("consent-in-force")));
        assertThat(enrollTenFingers(second.id(), 1, true)).contains("duplicada");
        chromium.screenshot("4-duplicate-suspect");

        browser.get(baseUrl() + "/enrollment/persons/" + second.id());
        chromium.waiting().until(ExpectedConditions.textToBe(By.id("biometric-status"), "En revisión"));

        // Analyst one decides SAME_PERSON; cannot confirm their own decision.
        browser.manage().deleteAllCookies();
        chromium.signIn(baseUrl(), "ui.analyst1", accountWith("ui.analyst1", Role.ANALYST));
        // Straight to this person's case: earlier tests may have left older ones in the queue.
        UUID caseId = jdbc.sql("select id from enrollment.duplicate_case where person_id = :p")
                .param("p", second.id())
                .query(UUID.class)
                .single();
        click("nav-cases");
        chromium.waiting()
                .until(ExpectedConditions.elementToBeClickable(By.id("case-" + caseId)))
                .click();
        assertThat(chromium.waiting()
                        .until(ExpectedConditions.visibilityOfElementLocated(By.id("candidates")))
                        .getText())
                .contains("Pulgar derecho");
        // Both sides of every finger are drawn (the images load: their natural width is the capture's).
        chromium.waiting().until(driver -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return [...document.querySelectorAll('#finger-pairs img')]"
                        + ".every(i => i.complete && i.naturalWidth > 0);"));
        if (Files.isRegularFile(FACE)) {
            chromium.waiting().until(driver -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("const i = document.querySelector('#faces img');"
                            + "return i !== null && i.complete && i.naturalWidth > 0;"));
        }
        chromium.screenshot("5-case-review");
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("document.getElementById('finger-pairs').scrollIntoView();");
        chromium.screenshot("6-fingers-side-by-side");
        click("same-person");
        browser.findElement(By.id("reason")).sendKeys("Los diez dedos coinciden con una persona ya inscrita.");
        click("decide");
        chromium.waiting().until(ExpectedConditions.textToBe(By.id("case-state"), "Espera confirmación"));
        browser.findElement(By.id("confirm-reason")).sendKeys("Confirmo mi propia decisión.");
        click("confirm");
        assertThat(chromium.waiting()
                        .until(ExpectedConditions.visibilityOfElementLocated(By.id("refusal")))
                        .getText())
                .contains("segundo analista");

        // Analyst two confirms: identity fraud; both identities in the report.
        String caseUrl = browser.getCurrentUrl();
        browser.manage().deleteAllCookies();
        chromium.signIn(baseUrl(), "ui.analyst2", accountWith("ui.analyst2", Role.ANALYST));
        browser.get(caseUrl);
        chromium.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-reason")))
                .sendKeys("Revisé las diez impresiones: es la misma persona.");
        click("confirm");
        chromium.waiting().until(ExpectedConditions.textToBe(By.id("case-state"), "Misma persona (confirmado)"));
        click("nav-ghosts");
        assertThat(chromium.waiting()
                        .until(ExpectedConditions.visibilityOfElementLocated(By.id("ghosts")))
                        .getText())
                .contains(first.curp().value(), second.curp().value());
        chromium.screenshot("7-ghost-identities");
    }

    /** Clicks an element once the page shows it (pages load after every form sent). */
    private void click(String id) {
        chromium.waiting()
                .until(ExpectedConditions.elementToBeClickable(By.id(id)))
                .click();
    }

    /** Opens the session, uploads the ten fingers of {@code first}'s synthetic hand, submits; returns the outcome text. */
    private String enrollTenFingers(UUID person, int impression, boolean screenshotGrid) throws Exception {
        WebDriver browser = chromium.browser();
        click("open-session");
        for (int finger = 1; finger <= 10; finger++) {
            Path png = samples.resolve(person + "-" + finger + ".png");
            Files.write(png, GrayImagePng.encode(FINGERS.finger(100 + finger).impression(impression)));
            chromium.waiting()
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("sample-" + finger)))
                    .sendKeys(png.toAbsolutePath().toString());
            chromium.waiting().until(ExpectedConditions.attributeContains(By.id("tile-" + finger), "class", "done"));
        }
        if (Files.isRegularFile(FACE)) {
            // With the development faces at hand, both people bring a face too: it joins the search and
            // the analysts see it beside the fingers.
            browser.findElement(By.id("sample-0")).sendKeys(FACE.toRealPath().toString());
            chromium.waiting().until(ExpectedConditions.attributeContains(By.id("tile-0"), "class", "done"));
        }
        // The progress line follows each capture (sent out of band with every tile).
        chromium.waiting().until(ExpectedConditions.textToBe(By.id("usable-fingers"), "10"));
        if (!screenshotGrid) {
            chromium.screenshot("2-ten-fingers-captured");
        }
        click("submit-enrollment");
        return chromium.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome")))
                .getText();
    }
}
