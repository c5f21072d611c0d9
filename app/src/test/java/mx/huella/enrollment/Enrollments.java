package mx.huella.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import mx.huella.ApiClient;
import mx.huella.ApiClient.Reply;
import mx.huella.registry.Persons;
import mx.huella.tools.synthetic.GrayImagePng;
import mx.huella.tools.synthetic.SyntheticFingerprints;

/** Registers and enrolls persons through the API, for tests of what follows an enrollment. */
public final class Enrollments {
    private static final SyntheticFingerprints FINGERS = new SyntheticFingerprints(20261123);
    private final ApiClient operator;

    public Enrollments(ApiClient operator) {
        this.operator = operator;
    }

    /** A new person in the registry; returns its id. */
    public String registerPerson() {
        Reply created = operator.post("/api/v1/persons", ApiClient.json(Persons.requestFields(Persons.aPerson())));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /**
     * Consent, ten synthetic fingers of the given finger family, submission; returns the outcome.
     * The same family under two persons makes the second a duplicate suspect.
     */
    public String enrollTenFingers(String person, long family, int impression) {
        return submitTenFingers(person, family, impression).get("outcome").asString();
    }

    /** As {@link #enrollTenFingers}, answering the whole submission (outcome, caseId). */
    public tools.jackson.databind.JsonNode submitTenFingers(String person, long family, int impression) {
        Reply consent = operator.post(
                "/api/v1/persons/" + person + "/biometric-consent",
                ApiClient.json(Map.of("noticeVersion", ConsentService.NOTICE_VERSION, "language", "es")));
        assertThat(consent.status()).as(consent.body()).isEqualTo(201);
        Reply opened = operator.post("/api/v1/enrollments", ApiClient.json(Map.of("personId", person)));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String session = opened.json().get("id").asString();
        for (int finger = 1; finger <= 10; finger++) {
            byte[] png = GrayImagePng.encode(FINGERS.finger(family + finger).impression(impression));
            assertThat(operator.putBytes("/api/v1/enrollments/" + session + "/fingers/" + finger, png, "image/png")
                            .status())
                    .isEqualTo(200);
        }
        Reply submitted = operator.withHeader(
                        "Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/enrollments/" + session + "/submission", "");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return submitted.json();
    }
}
