package mx.huella.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import mx.huella.ApiClient;
import mx.huella.ApiClient.Reply;
import mx.huella.RunningPortal;
import mx.huella.audit.Actor;
import mx.huella.device.DeviceKind;
import mx.huella.device.DeviceRegistry;
import mx.huella.enrollment.Enrollments;
import mx.huella.notification.Outbox;
import mx.huella.registry.Person;
import mx.huella.registry.PersonDraft;
import mx.huella.registry.PersonService;
import mx.huella.registry.Persons;
import mx.huella.staff.Role;
import mx.huella.tools.synthetic.GrayImagePng;
import mx.huella.tools.synthetic.SyntheticFingerprints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class VerificationApiIT extends RunningPortal {
    /** The synthetic fingers {@link Enrollments} enrolls, so that probes can be other impressions of them. */
    private static final SyntheticFingerprints FINGERS = new SyntheticFingerprints(20261123);

    @Autowired
    PersonService persons;

    @Autowired
    DeviceRegistry devices;

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcClient jdbc;

    private ApiClient operator;
    private Enrollments enrollments;

    @BeforeEach
    void signIn() {
        operator = new ApiClient(baseUrl(), "verify.operator", accountWith("verify.operator", Role.OPERATOR));
        enrollments = new Enrollments(operator);
    }

    @Test
    void aClaimedIdentityIsVerifiedWithItsOwnFingerAndNotWithAnothersAndNoSampleIsKept() {
        Person person = enrolled(31_000, null);

        Reply own = verify(person.curp().value(), 31_000 + 2, 2);
        Reply byNss = verify(person.nss().orElseThrow().value(), 31_000 + 7, 7);
        Reply stranger = verify(person.curp().value(), 39_000 + 2, 2);
        Reply unenrolled =
                verify(persons.register(Persons.aPerson(), Actor.SYSTEM).curp().value(), 31_000 + 2, 2);
        Reply unknown = verify("PEGJ900101HDFRRN09", 31_000 + 2, 2);

        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().get("decision").asString()).isEqualTo("MATCH");
        assertThat(own.json().get("scoreBand").asString()).isIn("HIGH", "MEDIUM");
        assertThat(byNss.json().get("decision").asString()).isEqualTo("MATCH");
        assertThat(stranger.json().get("decision").asString()).isEqualTo("NO_MATCH");
        assertThat(unenrolled.json().get("decision").asString()).isEqualTo("NOT_ENROLLED");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from verification.attempt where claimed_person = :p")
                        .param("p", person.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        assertThat(jdbc.sql("""
                select count(*) from information_schema.columns where table_schema = 'verification' and data_type = 'bytea'
                """).query(Long.class).single()).isZero();
    }

    @Test
    void fiveFailedAttemptsWithinFifteenMinutesLockTheIdentityAndTellTheHolder() {
        Person person = enrolled(32_000, "titular.bloqueo@example.org");

        for (int attempt = 0; attempt < VerificationService.MAX_FAILURES; attempt++) {
            assertThat(verify(person.curp().value(), 38_000 + attempt, 1)
                            .json()
                            .get("decision")
                            .asString())
                    .isEqualTo("NO_MATCH");
        }
        Reply genuine = verify(person.curp().value(), 32_000 + 1, 1);

        assertThat(genuine.status()).isEqualTo(423);
        assertThat(genuine.contentType()).startsWith("application/problem+json");
        assertThat(genuine.json().get("code").asString()).isEqualTo("LOCKED");
        assertThat(outbox.recent("titular.bloqueo@example.org", 5))
                .extracting(Outbox.Message::topic)
                .containsExactly("VERIFICATION_LOCKED");
        jdbc.sql(
                        "update verification.identity_lock set locked_until = now() - interval '1 second' where person_id = :p")
                .param("p", person.id())
                .update();
        assertThat(verify(person.curp().value(), 32_000 + 1, 1)
                        .json()
                        .get("decision")
                        .asString())
                .isEqualTo("MATCH");
    }

    @Test
    void aKioskIdentifiesAnEnrolledPersonWithoutAClaimAndTheAttemptNamesTheKiosk() {
        Person person = enrolled(33_000, null);
        ApiClient kiosk = ApiClient.authorizedBy(
                baseUrl(),
                devices.register(DeviceKind.KIOSK, "Quiosco UMF 7", "UMF 7", Actor.SYSTEM)
                        .authorization());

        Reply found = kiosk.postMultipart(
                "/api/v1/kiosk/identifications",
                Map.of(),
                Map.of("finger1", finger(33_000 + 1), "finger2", finger(33_000 + 2)));
        Reply nobody =
                kiosk.postMultipart("/api/v1/kiosk/identifications", Map.of(), Map.of("finger1", finger(37_777)));
        Reply staffOnly = kiosk.get("/api/v1/persons/" + person.id());

        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.json().get("decision").asString()).isEqualTo("MATCH");
        assertThat(found.json().get("personId").asString())
                .isEqualTo(person.id().toString());
        assertThat(nobody.json().get("decision").asString()).isEqualTo("NO_MATCH");
        assertThat(staffOnly.status()).isEqualTo(403);
        assertThat(jdbc.sql(
                                "select device from verification.attempt where matched_person = :p and mode = 'ONE_TO_MANY'")
                        .param("p", person.id())
                        .query(String.class)
                        .single())
                .isEqualTo("Quiosco UMF 7");
    }

    private Reply verify(String claim, long finger, int position) {
        return operator.postMultipart(
                "/api/v1/verifications", Map.of("claim", claim), Map.of("finger" + position, finger(finger)));
    }

    private static byte[] finger(long finger) {
        return GrayImagePng.encode(FINGERS.finger(finger).impression(2));
    }

    private Person enrolled(long family, String email) {
        PersonDraft draft = Persons.aPerson();
        if (email != null) {
            draft = new PersonDraft(
                    draft.curp(),
                    draft.nss(),
                    draft.givenNames(),
                    draft.firstSurname(),
                    draft.secondSurname(),
                    draft.birthDate(),
                    draft.sex(),
                    draft.birthState(),
                    email,
                    draft.phone());
        }
        Person person = persons.register(draft, Actor.SYSTEM);
        assertThat(enrollments.enrollTenFingers(person.id().toString(), family, 0))
                .isEqualTo("ENROLLED");
        return person;
    }
}
