package mx.huella.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import mx.huella.ApiClient;
import mx.huella.ApiClient.Reply;
import mx.huella.DevelopmentFaces;
import mx.huella.RunningPortal;
import mx.huella.audit.Actor;
import mx.huella.biometric.FaceReader;
import mx.huella.engine.face.FaceDescriptor;
import mx.huella.engine.fingerprint.FingerPosition;
import mx.huella.engine.fingerprint.FingerprintTemplates;
import mx.huella.enrollment.ConsentService;
import mx.huella.enrollment.MigrationImport;
import mx.huella.registry.Person;
import mx.huella.registry.PersonService;
import mx.huella.registry.Persons;
import mx.huella.staff.Role;
import mx.huella.tools.synthetic.GrayImagePng;
import mx.huella.tools.synthetic.SyntheticFingerprints;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 1:1 with a face photo, alone or with a finger. The persons are imported with their face (the
 * development crops rarely pass the enrollment photo checks, and faces enrolled through sessions are
 * searched 1:N against the other tests' persons), so the photos come from ../shared/data: without it
 * the test is skipped.
 */
class FaceVerificationIT extends RunningPortal {
    private static final Path FACES = Path.of("../../shared/data/faces");
    private static final SyntheticFingerprints FINGERS = new SyntheticFingerprints(388, 374, 20261124L);

    @Autowired
    PersonService persons;

    @Autowired
    ConsentService consents;

    @Autowired
    MigrationImport enrollments;

    @Autowired
    FaceReader faces;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFacePhotoVerifiesItsOwnerAloneOrWithAFingerButNotSomeoneElse() throws Exception {
        Path leonard = FACES.resolve("leonard/leonard1.png");
        Path penny = FACES.resolve("penny/penny1.png");
        assumeTrue(Files.isRegularFile(leonard) && Files.isRegularFile(penny), "development faces absent: skipping");
        Person person = persons.register(Persons.aPerson(), Actor.SYSTEM);
        consents.give(person.id(), ConsentService.NOTICE_VERSION, "es", Actor.SYSTEM);
        enrollments.importEnrolled(
                person.id(),
                Map.of(
                        FingerPosition.RIGHT_THUMB,
                        FingerprintTemplates.extract(FINGERS.finger(1).impression(0))),
                Optional.of(describe(DevelopmentFaces.framed(leonard))),
                "face verification test",
                Actor.SYSTEM);
        Person faceless = persons.register(Persons.aPerson(), Actor.SYSTEM);
        consents.give(faceless.id(), ConsentService.NOTICE_VERSION, "es", Actor.SYSTEM);
        enrollments.importEnrolled(
                faceless.id(),
                Map.of(
                        FingerPosition.RIGHT_THUMB,
                        FingerprintTemplates.extract(FINGERS.finger(2).impression(0))),
                Optional.empty(),
                "face verification test",
                Actor.SYSTEM);
        ApiClient operator = new ApiClient(baseUrl(), "face.verifier", accountWith("face.verifier", Role.OPERATOR));
        String claim = person.curp().value();

        Reply own = operator.postMultipart(
                "/api/v1/verifications", Map.of("claim", claim), Map.of("face", DevelopmentFaces.framed(leonard)));
        Reply someoneElse = operator.postMultipart(
                "/api/v1/verifications", Map.of("claim", claim), Map.of("face", DevelopmentFaces.framed(penny)));
        Reply both = operator.postMultipart(
                "/api/v1/verifications",
                Map.of("claim", claim),
                Map.of("face", DevelopmentFaces.framed(leonard), "finger1", thumb(1)));
        Reply notAFace =
                operator.postMultipart("/api/v1/verifications", Map.of("claim", claim), Map.of("face", thumb(1)));
        Reply noFaceEnrolled = operator.postMultipart(
                "/api/v1/verifications",
                Map.of("claim", faceless.curp().value()),
                Map.of("face", DevelopmentFaces.framed(leonard)));
        Reply nothing = operator.postMultipart("/api/v1/verifications", Map.of("claim", claim), Map.of());

        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().get("decision").asString()).isEqualTo("MATCH");
        assertThat(someoneElse.json().get("decision").asString()).isEqualTo("NO_MATCH");
        assertThat(both.json().get("decision").asString()).isEqualTo("MATCH");
        assertThat(both.json().get("scoreBand").asString()).isEqualTo("HIGH");
        assertThat(notAFace.status()).as(notAFace.body()).isEqualTo(422);
        assertThat(noFaceEnrolled.json().get("decision").asString()).isEqualTo("NO_MATCH");
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from verification.attempt where claimed_person = :p and face")
                        .param("p", person.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    private FaceDescriptor describe(byte[] photo) {
        return faces.describeLargest(faces.decode(photo)).orElseThrow().descriptor();
    }

    private static byte[] thumb(long finger) {
        return GrayImagePng.encode(FINGERS.finger(finger).impression(1));
    }
}
