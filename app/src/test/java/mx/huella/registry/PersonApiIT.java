package mx.huella.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import mx.huella.ApiClient;
import mx.huella.ApiClient.Reply;
import mx.huella.RunningPortal;
import mx.huella.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PersonApiIT extends RunningPortal {
    private ApiClient operator;

    @BeforeEach
    void signInAsOperator() {
        operator = new ApiClient(baseUrl(), "api.operator", accountWith("api.operator", Role.OPERATOR));
    }

    @Test
    void createsAPersonAndAnswers201WithItsLocation() {
        PersonDraft draft = Persons.aPerson();

        Reply created = operator.post("/api/v1/persons", body(draft));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).matches("/api/v1/persons/[0-9a-f-]{36}");
        Reply read = operator.get(created.location());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("curp").asString()).isEqualTo(draft.curp());
        assertThat(read.json().get("nss").asString()).isEqualTo(draft.nss());
        assertThat(read.json().get("version").asInt()).isZero();
    }

    @Test
    void answers400ProblemNamingTheFieldWhenTheCurpIsMalformed() {
        PersonDraft draft = Persons.withCurp(Persons.aPerson(), "PEGJ900101HDFRRN08");

        Reply spanish = operator.post("/api/v1/persons", body(draft));
        Reply english = operator.inLanguage("en").post("/api/v1/persons", body(draft));

        assertThat(spanish.status()).isEqualTo(400);
        assertThat(spanish.contentType()).startsWith("application/problem+json");
        JsonNode error = spanish.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("curp");
        assertThat(error.get("code").asString()).isEqualTo("CURP_CHECK_DIGIT");
        assertThat(error.get("message").asString()).contains("18").containsIgnoringCase("dígito verificador");
        assertThat(english.json().get("errors").get(0).get("message").asString())
                .containsIgnoringCase("check digit");
    }

    @Test
    void answers400WhenTheCurpDisagreesWithTheBirthDateEntered() {
        PersonDraft draft = Persons.aPerson();
        PersonDraft wrongDate = Persons.withBirthDate(draft, "1949-12-31");

        Reply reply = operator.post("/api/v1/persons", body(wrongDate));

        assertThat(reply.status()).isEqualTo(400);
        JsonNode error = reply.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("birthDate");
        assertThat(error.get("code").asString()).isEqualTo("CURP_MISMATCH");
        assertThat(error.get("message").asString()).contains(draft.birthDate());
    }

    @Test
    void answers404ForAnUnknownPerson() {
        Reply reply = operator.get("/api/v1/persons/" + UUID.randomUUID());

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("title").asString()).isEqualTo("Persona no encontrada");
    }

    @Test
    void answers409WhenTheCurpOrTheNssIsAlreadyRegistered() {
        PersonDraft first = Persons.aPerson();
        assertThat(operator.post("/api/v1/persons", body(first)).status()).isEqualTo(201);
        PersonDraft sameNss = Persons.withNss(Persons.aPerson(), first.nss());

        Reply sameCurpReply = operator.post("/api/v1/persons", body(Persons.withNss(first, "")));
        Reply sameNssReply = operator.post("/api/v1/persons", body(sameNss));

        assertThat(sameCurpReply.status()).isEqualTo(409);
        assertThat(sameCurpReply.json().get("field").asString()).isEqualTo("curp");
        assertThat(sameCurpReply.body()).doesNotContain(first.curp());
        assertThat(sameNssReply.status()).isEqualTo(409);
        assertThat(sameNssReply.json().get("field").asString()).isEqualTo("nss");
    }

    @Test
    void updatesWithTheVersionReadAndRefusesAStaleOne() {
        PersonDraft draft = Persons.aPerson();
        String location = operator.post("/api/v1/persons", body(draft)).location();
        PersonDraft withEmail = new PersonDraft(
                draft.curp(),
                draft.nss(),
                draft.givenNames(),
                draft.firstSurname(),
                draft.secondSurname(),
                draft.birthDate(),
                draft.sex(),
                draft.birthState(),
                "nuevo@correo.example",
                "");

        Reply updated = operator.put(location, body(withEmail, 0));
        Reply stale = operator.put(location, body(draft, 0));

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("email").asString()).isEqualTo("nuevo@correo.example");
        assertThat(updated.json().get("version").asInt()).isEqualTo(1);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(operator.get(location).json().get("email").asString()).isEqualTo("nuevo@correo.example");
    }

    @Test
    void findsAPersonByCurpByNssAndByNameWordsIgnoringAccents() {
        // A given name no other test uses: the portal under test is shared and holds thousands of persons.
        PersonDraft draft = Persons.aPerson("Zuleyma");
        operator.post("/api/v1/persons", body(draft));
        String plainSurname = java.text.Normalizer.normalize(draft.firstSurname(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT);

        assertThat(operator.get("/api/v1/persons?q=" + draft.curp()).json()).hasSize(1);
        assertThat(operator.get("/api/v1/persons?q=" + draft.nss())
                        .json()
                        .get(0)
                        .get("curp")
                        .asString())
                .isEqualTo(draft.curp());
        String words = java.net.URLEncoder.encode(
                plainSurname + " " + draft.givenNames(), java.nio.charset.StandardCharsets.UTF_8);
        JsonNode byName = operator.get("/api/v1/persons?limit=100&q=" + words).json();
        assertThat(byName.findValuesAsString("curp")).contains(draft.curp());
    }

    @Test
    void refusesCallsWithoutCredentialsAndChangesByAnAuditor() {
        ApiClient anonymous = new ApiClient(baseUrl(), "nobody", "wrong-password-123");
        ApiClient auditor = new ApiClient(baseUrl(), "api.auditor", accountWith("api.auditor", Role.AUDITOR));

        Reply unauthenticated = anonymous.get("/api/v1/persons?q=x");
        Reply forbidden = auditor.post("/api/v1/persons", body(Persons.aPerson()));

        assertThat(unauthenticated.status()).isEqualTo(401);
        assertThat(unauthenticated.contentType()).startsWith("application/problem+json");
        assertThat(unauthenticated.json().get("title").asString()).isEqualTo("Se requiere autenticación");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(auditor.get("/api/v1/persons?q=x").status()).isEqualTo(200);
    }

    @Test
    void aRetriedCreationWithTheSameIdempotencyKeyReturnsTheFirstPerson() {
        PersonDraft draft = Persons.aPerson();
        String key = UUID.randomUUID().toString();

        Reply first = operator.withHeader("Idempotency-Key", key).post("/api/v1/persons", body(draft));
        Reply retry = operator.withHeader("Idempotency-Key", key).post("/api/v1/persons", body(draft));
        Reply otherData = operator.withHeader("Idempotency-Key", key).post("/api/v1/persons", body(Persons.aPerson()));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.location()).isEqualTo(first.location());
        assertThat(otherData.status()).isEqualTo(422);
        assertThat(operator.get("/api/v1/persons?q=" + draft.curp()).json()).hasSize(1);
    }

    @Test
    void answers400ProblemForUnreadableJson() {
        Reply reply = operator.post("/api/v1/persons", "{not json");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("title").asString()).isEqualTo("Solicitud ilegible");
    }

    @Test
    void servesTheOpenApiDocumentOfThePersonsApi() {
        Reply document = operator.get("/v3/api-docs");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().get("paths").has("/api/v1/persons")).isTrue();
        assertThat(document.json().get("paths").has("/api/v1/persons/{id}")).isTrue();
    }

    private static String body(PersonDraft draft) {
        return ApiClient.json(fields(draft));
    }

    private static String body(PersonDraft draft, int version) {
        Map<String, Object> fields = fields(draft);
        fields.put("version", version);
        return ApiClient.json(fields);
    }

    private static Map<String, Object> fields(PersonDraft draft) {
        return Persons.requestFields(draft);
    }
}
