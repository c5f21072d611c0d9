package mx.huella.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import mx.huella.DevelopmentFaces;
import mx.huella.RunningPortal;
import mx.huella.audit.Actor;
import mx.huella.engine.face.FaceDescriptor;
import mx.huella.enrollment.ConsentService;
import mx.huella.registry.Person;
import mx.huella.registry.PersonService;
import mx.huella.registry.Persons;
import mx.huella.staff.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The face taken with the browser camera (getUserMedia). Chromium's fake camera plays a motion-JPEG
 * file: a face from the development set when ../shared/data is present, else a grey frame, which the
 * quality check answers with NO_FACE. Either way one capture goes from the camera to the server.
 */
class FaceCameraJourneyIT extends RunningPortal {
    private static final Path FACE = Path.of("../../shared/data/faces/amy/amy3.png");

    @Autowired
    PersonService persons;

    @Autowired
    ConsentService consents;

    @Autowired
    mx.huella.enrollment.MigrationImport enrollments;

    @Autowired
    mx.huella.biometric.FaceReader faces;

    @Autowired
    mx.huella.device.DeviceRegistry devices;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder passwords;

    @TempDir
    Path dir;

    @Test
    void theOperatorTakesTheFacePhotoWithTheCameraAndSeesItsQuality() throws Exception {
        boolean realFace = Files.isRegularFile(FACE);
        Path video = dir.resolve("camera.mjpeg");
        Files.write(video, motionJpeg(realFace ? ImageIO.read(FACE.toFile()) : grey(), 30));
        Person person = persons.register(Persons.aPerson(), Actor.SYSTEM);
        consents.give(person.id(), ConsentService.NOTICE_VERSION, "es", Actor.SYSTEM);

        try (HeadlessChromium chromium = HeadlessChromium.open(
                "--use-fake-ui-for-media-stream",
                "--use-fake-device-for-media-stream",
                "--use-file-for-fake-video-capture=" + video)) {
            WebDriver browser = chromium.browser();
            chromium.signIn(baseUrl(), "camera.operator", accountWith("camera.operator", Role.OPERATOR));
            browser.get(baseUrl() + "/enrollment/persons/" + person.id());
            chromium.waiting()
                    .until(ExpectedConditions.elementToBeClickable(By.id("open-session")))
                    .click();

            chromium.waiting()
                    .until(ExpectedConditions.elementToBeClickable(By.id("camera-open")))
                    .click();
            chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("camera-take")));
            chromium.waiting().until(driver -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return document.getElementById('camera-video').videoWidth > 0;"));
            chromium.screenshot("camera-open");
            browser.findElement(By.id("camera-take")).click();

            chromium.waiting()
                    .until(ExpectedConditions.attributeContains(By.id("tile-0"), "class", realFace ? "done" : "retry"));
            chromium.screenshot("camera-captured");
            assertThat(browser.findElement(By.id("camera-take")).isDisplayed()).isFalse();
            String tile = browser.findElement(By.id("tile-0")).getText();
            if (realFace) {
                assertThat(tile).contains("Utilizable");
                assertThat(browser.findElement(By.id("usable-face")).getText()).isEqualTo("✓");
            } else {
                assertThat(tile).contains("1 de 4").contains("no se encontró un rostro");
            }
        }
    }

    @Test
    void anInsuredPersonStepsUpWithTheirFaceThroughTheCamera() throws Exception {
        assumeTrue(Files.isRegularFile(FACE), FACE + " is absent: the face step-up needs a real face");
        byte[] frame = DevelopmentFaces.framed(FACE);
        Path video = dir.resolve("insured-camera.mjpeg");
        Files.write(video, repeated(frame, 30));
        Person person = persons.register(Persons.aPerson(), Actor.SYSTEM);
        consents.give(person.id(), ConsentService.NOTICE_VERSION, "es", Actor.SYSTEM);
        FaceDescriptor face = describe(frame);
        // Imported: enrolling this photo through a session would be searched 1:N against the operator test's.
        enrollments.importEnrolled(person.id(), Map.of(), Optional.of(face), "camera step-up test", Actor.SYSTEM);
        jdbc.sql("insert into insured.account (person_id, curp, password_hash, created_at) values (:p, :c, :h, now())")
                .param("p", person.id())
                .param("c", person.curp().value())
                .param("h", passwords.encode("mi-contraseña-segura"))
                .update();

        try (HeadlessChromium chromium = HeadlessChromium.open(
                "--use-fake-ui-for-media-stream",
                "--use-fake-device-for-media-stream",
                "--use-file-for-fake-video-capture=" + video)) {
            WebDriver browser = chromium.browser();
            browser.get(baseUrl() + "/asegurado/login");
            browser.findElement(By.id("curp")).sendKeys(person.curp().value());
            browser.findElement(By.id("password")).sendKeys("mi-contraseña-segura");
            browser.findElement(By.id("insured-sign-in")).click();
            chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("get-constancia")));
            browser.get(baseUrl() + "/asegurado/verificar?next=constancia");
            chromium.waiting()
                    .until(ExpectedConditions.elementToBeClickable(By.id("camera-open")))
                    .click();
            chromium.waiting().until(driver -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return document.getElementById('camera-video').videoWidth > 0;"));
            chromium.screenshot("insured-face-step-up");
            browser.findElement(By.id("camera-take")).click();

            // A match leads to the Constancia, a download: the step-up shows in the attempts.
            chromium.waiting().until(driver -> faceMatches(person) == 1);
        }
    }

    @Test
    void aClinicKioskVerifiesAPatientByNssAndTheFaceItsCameraTakes() throws Exception {
        assumeTrue(Files.isRegularFile(FACE), FACE + " is absent: the kiosk's face check needs a real face");
        byte[] frame = DevelopmentFaces.framed(FACE);
        Path video = dir.resolve("kiosk-camera.mjpeg");
        Files.write(video, repeated(frame, 30));
        Person patient = persons.register(Persons.aPerson(), Actor.SYSTEM);
        consents.give(patient.id(), ConsentService.NOTICE_VERSION, "es", Actor.SYSTEM);
        enrollments.importEnrolled(patient.id(), Map.of(), Optional.of(describe(frame)), "kiosk test", Actor.SYSTEM);
        var kiosk = devices.register(mx.huella.device.DeviceKind.KIOSK, "Quiosco UMF 7", "UMF 7", Actor.SYSTEM);

        try (HeadlessChromium chromium = HeadlessChromium.open(
                "--use-fake-ui-for-media-stream",
                "--use-fake-device-for-media-stream",
                "--use-file-for-fake-video-capture=" + video)) {
            WebDriver browser = chromium.browser();
            browser.get(baseUrl() + "/quiosco");
            browser.findElement(By.id("device")).sendKeys(kiosk.device().id().toString());
            browser.findElement(By.id("secret")).sendKeys(kiosk.secret());
            browser.findElement(By.id("kiosk-sign-in")).click();
            chromium.waiting()
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("nss-face")))
                    .sendKeys(patient.nss().orElseThrow().value());
            browser.findElement(By.id("camera-open")).click();
            chromium.waiting().until(driver -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return document.getElementById('camera-video').videoWidth > 0;"));
            browser.findElement(By.id("camera-take")).click();

            assertThat(chromium.waiting()
                            .until(ExpectedConditions.visibilityOfElementLocated(By.id("kiosk-patient")))
                            .getText())
                    .contains("Hola, " + patient.givenNames());
            chromium.screenshot("kiosk-face-verified");
        }
    }

    private FaceDescriptor describe(byte[] photo) {
        return faces.describeLargest(faces.decode(photo)).orElseThrow().descriptor();
    }

    private long faceMatches(Person person) {
        return jdbc.sql("select count(*) from verification.attempt where claimed_person = :p and face"
                        + " and decision = 'MATCH' and channel = 'WEB'")
                .param("p", person.id())
                .query(Long.class)
                .single();
    }

    /** A motion-JPEG stream: the same frame again and again. */
    private static byte[] motionJpeg(BufferedImage face, int frames) throws Exception {
        return repeated(DevelopmentFaces.framed(face), frames);
    }

    private static byte[] repeated(byte[] jpeg, int frames) {
        var out = new ByteArrayOutputStream();
        for (int i = 0; i < frames; i++) {
            out.writeBytes(jpeg);
        }
        return out.toByteArray();
    }

    private static BufferedImage grey() {
        BufferedImage image = new BufferedImage(150, 150, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.GRAY);
        g.fillRect(0, 0, 150, 150);
        g.dispose();
        return image;
    }
}
