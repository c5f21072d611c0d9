package mx.huella.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import mx.huella.ApiClient;
import mx.huella.ApiClient.Reply;
import mx.huella.RunningPortal;
import mx.huella.audit.Actor;
import mx.huella.device.DeviceKind;
import mx.huella.device.DeviceRegistry;
import mx.huella.staff.Role;
import mx.huella.tools.synthetic.GrayImagePng;
import mx.huella.tools.synthetic.SyntheticFingerprints;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class CaptureStationIT extends RunningPortal {
    private static final SyntheticFingerprints FINGERS = new SyntheticFingerprints(20261124);

    @Autowired
    DeviceRegistry devices;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aStationSendsSamplesOnlyIntoTheSessionsAssignedToItAndSignsThemInTheAuditTrail() {
        ApiClient operator =
                new ApiClient(baseUrl(), "station.operator", accountWith("station.operator", Role.OPERATOR));
        DeviceRegistry.Registered registered =
                devices.register(DeviceKind.CAPTURE_STATION, "Estación UMF 20", "UMF 20, Coyoacán", Actor.SYSTEM);
        ApiClient station = ApiClient.authorizedBy(baseUrl(), registered.authorization());
        String session = openSession(operator);

        Reply idle = station.get("/api/v1/station/sessions");
        Reply notYet = station.putBytes("/api/v1/station/sessions/" + session + "/fingers/1", finger(1), "image/png");
        Reply assigned = operator.put(
                "/api/v1/enrollments/" + session + "/station",
                ApiClient.json(Map.of("stationId", registered.device().id().toString())));
        Reply work = station.get("/api/v1/station/sessions");
        for (int position = 1; position <= 10; position++) {
            Reply sent = station.putBytes(
                    "/api/v1/station/sessions/" + session + "/fingers/" + position, finger(position), "image/png");
            assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        }
        Reply progress = operator.get("/api/v1/enrollments/" + session);
        Reply done = station.get("/api/v1/station/sessions");

        assertThat(idle.json().isEmpty()).isTrue();
        assertThat(notYet.status()).isEqualTo(404);
        assertThat(assigned.status()).isEqualTo(204);
        assertThat(work.json().get(0).get("sessionId").asString()).isEqualTo(session);
        assertThat(work.json().get(0).get("fingersNeeded").size()).isEqualTo(10);
        assertThat(progress.json().get("usableFingers").asInt()).isEqualTo(10);
        assertThat(done.json().get(0).get("fingersNeeded").isEmpty()).isTrue();
        assertThat(jdbc.sql("""
                select count(*) from audit.event where subject = :session and actor = 'device:Estación UMF 20'
                and channel = 'STATION' and action = 'FINGER_CAPTURED'
                """).param("session", session).query(Long.class).single())
                .isEqualTo(10);
    }

    @Test
    void aStationIsConfinedToItsOwnApiAndStaffCannotPoseAsOne() {
        ApiClient operator = new ApiClient(baseUrl(), "station.op2", accountWith("station.op2", Role.OPERATOR));
        ApiClient station = ApiClient.authorizedBy(
                baseUrl(),
                devices.register(DeviceKind.CAPTURE_STATION, "Estación 2", "", Actor.SYSTEM)
                        .authorization());
        ApiClient kiosk = ApiClient.authorizedBy(
                baseUrl(),
                devices.register(DeviceKind.KIOSK, "Quiosco 1", "", Actor.SYSTEM)
                        .authorization());

        assertThat(station.get("/api/v1/privacy-notice").status()).isEqualTo(403);
        assertThat(kiosk.get("/api/v1/station/sessions").status()).isEqualTo(403);
        assertThat(operator.get("/api/v1/station/sessions").status()).isEqualTo(403);
    }

    @Test
    void fiveWrongSecretsLockTheStationAndARevokedStationIsRefused() {
        DeviceRegistry.Registered registered =
                devices.register(DeviceKind.CAPTURE_STATION, "Estación 3", "", Actor.SYSTEM);
        String id = registered.device().id().toString();
        ApiClient impostor = ApiClient.authorizedBy(baseUrl(), "Device " + id + ":not-the-secret");
        ApiClient genuine = ApiClient.authorizedBy(baseUrl(), registered.authorization());

        for (int attempt = 1; attempt < 5; attempt++) {
            assertThat(impostor.get("/api/v1/station/sessions")
                            .json()
                            .get("type")
                            .asString())
                    .endsWith("/unauthenticated");
        }
        Reply fifth = impostor.get("/api/v1/station/sessions");
        Reply genuineWhileLocked = genuine.get("/api/v1/station/sessions");
        DeviceRegistry.Registered other = devices.register(DeviceKind.CAPTURE_STATION, "Estación 4", "", Actor.SYSTEM);
        devices.revoke(other.device().id(), Actor.SYSTEM);
        Reply revoked = ApiClient.authorizedBy(baseUrl(), other.authorization()).get("/api/v1/station/sessions");
        Reply malformed = ApiClient.authorizedBy(baseUrl(), "Device not-a-uuid").get("/api/v1/station/sessions");

        assertThat(fifth.status()).isEqualTo(401);
        assertThat(fifth.json().get("type").asString()).endsWith("/locked");
        assertThat(genuineWhileLocked.json().get("type").asString()).endsWith("/locked");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(malformed.status()).isEqualTo(401);
    }

    private static byte[] finger(int position) {
        return GrayImagePng.encode(FINGERS.finger(4_000 + position).impression(0));
    }

    private static String openSession(ApiClient operator) {
        Enrollments enrollments = new Enrollments(operator);
        String person = enrollments.registerPerson();
        operator.post(
                "/api/v1/persons/" + person + "/biometric-consent",
                ApiClient.json(Map.of("noticeVersion", ConsentService.NOTICE_VERSION, "language", "es")));
        Reply opened = operator.post("/api/v1/enrollments", ApiClient.json(Map.of("personId", person)));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return UUID.fromString(opened.json().get("id").asString()).toString();
    }
}
