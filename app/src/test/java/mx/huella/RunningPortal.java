package mx.huella;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import mx.huella.audit.Actor;
import mx.huella.staff.Role;
import mx.huella.staff.StaffService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port over its embedded PostgreSQL, in a data directory made
 * for this test run. Subclasses share one running instance (Spring's context cache).
 */
// The application's log also goes to a file (logging starts before dynamic properties apply), so
// that tests can read what it wrote.
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.file.name=" + RunningPortal.LOG)
@org.springframework.context.annotation.Import(MovableTime.class)
public abstract class RunningPortal {
    private static final Path DATA_DIR = temporaryDirectory();

    /** Where the application under test logs, besides the console. */
    public static final String LOG = "target/it-logs/huella.log";

    @LocalServerPort
    protected int port;

    @Autowired
    protected StaffService staff;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("huella.data-dir", DATA_DIR::toString);
        // The test certificate authority of the e.firma tests writes its certificate and CRL here.
        registry.add(
                "huella.efirma.trusted-authorities",
                () -> DATA_DIR.resolve("efirma/ac.cer").toString());
        registry.add(
                "huella.efirma.crls", () -> DATA_DIR.resolve("efirma/ac.crl").toString());
        // Every test client signs in from 127.0.0.1: the per-address throttle is tested on its own.
        registry.add("huella.employer.sign-in-failures-per-client", () -> "1000");
        // Synthetic fingers of one generator share more structure than real ones: measured on 150
        // synthetic persons, the enrollment decision at the production FPIR (1e-3, calibrated on FVC2002)
        // held 11 of them as duplicates of strangers, with false-match probabilities down to 1.6e-8
        // (docs/fingerprint-thresholds.md). The tests, which enroll such a population in one database,
        // decide at 1e-6; true duplicates (the same finger, another impression) still score far beyond.
        registry.add("huella.enrollment.fpir", () -> "1e-6");
        // Short enough for the test of a submission told to come back, long enough for two at once.
        registry.add("huella.enrollment.deduplication-wait", () -> "8s");
    }

    /** The data directory of this test run: the embedded PostgreSQL and its log. */
    public static Path dataDirectory() {
        return DATA_DIR;
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** A fresh, usable staff account with the given role; returns its password. */
    protected String accountWith(String username, Role role) {
        return staff.provisionAccount(username, username, Set.of(role), Actor.SYSTEM);
    }

    private static Path temporaryDirectory() {
        try {
            // Under target/ so that `mvn clean` removes the test clusters too.
            Path target = Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(target, "it-data-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
