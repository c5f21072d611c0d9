package mx.huella.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import mx.huella.RunningPortal;
import mx.huella.audit.Actor;
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
                assertThat(tile).contains("1 de 4").contains("NO_FACE");
            }
        }
    }

    /** A motion-JPEG stream: the same frame again and again. */
    private static byte[] motionJpeg(BufferedImage frame, int frames) throws Exception {
        BufferedImage rgb = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 640, 480);
        // The face crop centred, enlarged so that the eyes are far enough apart for enrollment.
        g.drawImage(frame, 170, 90, 300, 300, null);
        g.dispose();
        var jpeg = new ByteArrayOutputStream();
        ImageIO.write(rgb, "jpeg", jpeg);
        var out = new ByteArrayOutputStream();
        for (int i = 0; i < frames; i++) {
            out.writeBytes(jpeg.toByteArray());
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
