package mx.huella.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.huella.ApiClient;
import mx.huella.ApiClient.Reply;
import mx.huella.registry.Persons;
import mx.huella.tools.synthetic.GrayImagePng;
import mx.huella.tools.synthetic.SyntheticFingerprints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application in a process of its own (the packaged jar), killed outright (SIGKILL) while
 * enrollments are being submitted, then started again on the same data: every enrollment is either
 * complete (outcome, status and gallery) or not there at all, and the gallery answers as the database says.
 */
class EnrollmentCrashIT {
    private static final Path JAR = Path.of("target/huella.jar");
    private static final SyntheticFingerprints FINGERS = new SyntheticFingerprints(424242);
    private static final int PERSONS = 6;

    @TempDir
    Path dataDir;

    @Test
    @Timeout(300)
    void aKillDuringSubmissionsLeavesEveryEnrollmentWholeOrAbsentAndTheGalleryInStep() throws Exception {
        assertThat(JAR)
                .as("the packaged application (mvn package runs before the integration tests)")
                .exists();
        List<String> sessions = new ArrayList<>();
        List<String> persons = new ArrayList<>();
        Server first = Server.start(JAR, dataDir);
        try {
            ApiClient api = first.operator();
            for (int p = 0; p < PERSONS; p++) {
                String person = register(api);
                persons.add(person);
                String session = open(api, person);
                sessions.add(session);
                for (int finger = 1; finger <= 10; finger++) {
                    Reply captured = capture(api, session, finger, p * 10L + finger, 0);
                    assertThat(captured.status()).as(captured.body()).isEqualTo(200);
                }
            }
            // Submissions one after another; the process dies right after the first answer, with the
            // second in flight and the rest not yet sent.
            java.util.concurrent.atomic.AtomicInteger answered = new java.util.concurrent.atomic.AtomicInteger();
            Thread submitting = Thread.ofPlatform().start(() -> {
                for (String session : sessions) {
                    try {
                        api.post("/api/v1/enrollments/" + session + "/submission", "");
                        answered.incrementAndGet();
                    } catch (RuntimeException e) {
                        return; // the server is gone
                    }
                }
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (answered.get() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            first.kill();
            submitting.join(30_000);
        } finally {
            first.kill();
        }

        Server second = Server.start(JAR, dataDir);
        try {
            ApiClient api = second.operator();
            int completeBefore = 0;
            for (int p = 0; p < PERSONS; p++) {
                Reply progress = api.get("/api/v1/enrollments/" + sessions.get(p));
                String status = api.get("/api/v1/persons/" + persons.get(p) + "/biometric-status")
                        .json()
                        .get("status")
                        .asString();
                if (progress.json().get("state").asString().equals("SUBMITTED")) {
                    completeBefore++;
                    assertThat(progress.json().get("outcome").asString()).isEqualTo("ENROLLED");
                    assertThat(status).isEqualTo("ENROLLED");
                } else {
                    // Not submitted: nothing of it happened, and it can be submitted now.
                    assertThat(status).isEqualTo("PENDING");
                    Reply again = api.post("/api/v1/enrollments/" + sessions.get(p) + "/submission", "");
                    assertThat(again.json().get("outcome").asString())
                            .as(again.body())
                            .isEqualTo("ENROLLED");
                }
            }
            assertThat(completeBefore)
                    .as("the first submission answered before the kill")
                    .isPositive();

            // The gallery was rebuilt from the database: every enrolled person's fingers under another
            // person are a duplicate, those enrolled before the kill and those after alike.
            for (int p = 0; p < PERSONS; p++) {
                String impostor = register(api);
                String session = open(api, impostor);
                for (int finger = 1; finger <= 10; finger++) {
                    capture(api, session, finger, p * 10L + finger, 1);
                }
                Reply duplicate = api.post("/api/v1/enrollments/" + session + "/submission", "");
                assertThat(duplicate.json().get("outcome").asString())
                        .as("person %d: %s", p, duplicate.body())
                        .isEqualTo("DUPLICATE_SUSPECT");
            }
        } finally {
            second.kill();
        }
    }

    private static String register(ApiClient api) {
        Reply created = api.post("/api/v1/persons", ApiClient.json(Persons.requestFields(Persons.aPerson())));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static String open(ApiClient api, String person) {
        Reply consent = api.post(
                "/api/v1/persons/" + person + "/biometric-consent",
                ApiClient.json(Map.of("noticeVersion", ConsentService.NOTICE_VERSION, "language", "es")));
        assertThat(consent.status()).as(consent.body()).isEqualTo(201);
        Reply opened = api.post("/api/v1/enrollments", ApiClient.json(Map.of("personId", person)));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json().get("id").asString();
    }

    private static Reply capture(ApiClient api, String session, int position, long finger, int impression) {
        byte[] png = GrayImagePng.encode(FINGERS.finger(finger).impression(impression));
        return api.putBytes("/api/v1/enrollments/" + session + "/fingers/" + position, png, "image/png");
    }

    /** The packaged application on a free port, its console drained, the demo operator's password read from it. */
    private record Server(Process process, int port, String operatorPassword) {
        private static final Pattern OPERATOR = Pattern.compile("^\\s*demo\\.operador\\s+(\\S+)\\s*$");

        static Server start(Path jar, Path dataDir) throws Exception {
            int port = freePort();
            Process process = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx768m",
                            "-jar",
                            jar.toString(),
                            "--huella.data-dir=" + dataDir,
                            "--server.port=" + port,
                            "--huella.demo.enabled=true",
                            "--huella.biometric.cluster.port=" + freePort(),
                            "--logging.level.root=warn")
                    .redirectErrorStream(true)
                    .start();
            LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Path log = Files.createTempFile(dataDir, "server", ".log");
            Thread.ofVirtual().start(() -> {
                try (var reader =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        lines.add(line);
                        Files.writeString(log, line + "\n", java.nio.file.StandardOpenOption.APPEND);
                    }
                } catch (IOException e) {
                    // The process was killed: its console is gone.
                }
            });
            String password = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (password == null && System.nanoTime() < deadline && process.isAlive()) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line != null) {
                    Matcher matcher = OPERATOR.matcher(line);
                    if (matcher.matches()) {
                        password = matcher.group(1);
                    }
                }
            }
            assertThat(password)
                    .as("demo operator password on the console; see " + log)
                    .isNotNull();
            awaitHealthy(port);
            return new Server(process, port, password);
        }

        ApiClient operator() {
            return new ApiClient("http://localhost:" + port, "demo.operador", operatorPassword);
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        private static void awaitHealthy(int port) throws Exception {
            HttpClient http = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                try {
                    HttpResponse<String> health = http.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (health.statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // Not listening yet.
                }
                Thread.sleep(250);
            }
            throw new IllegalStateException("the server on port " + port + " did not become healthy");
        }

        private static int freePort() throws IOException {
            try (var socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }
}
