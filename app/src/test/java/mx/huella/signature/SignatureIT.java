package mx.huella.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import mx.huella.ApiClient;
import mx.huella.ApiClient.Reply;
import mx.huella.RunningPortal;
import mx.huella.enrollment.Enrollments;
import mx.huella.staff.Role;
import mx.huella.tools.synthetic.GrayImagePng;
import mx.huella.tools.synthetic.SyntheticFingerprints;
import org.junit.jupiter.api.Test;

class SignatureIT extends RunningPortal {
    private static final SyntheticFingerprints FINGERS = new SyntheticFingerprints(20261123);
    private static final byte[] DOCUMENT =
            "Autorizo el pago de mi subsidio por incapacidad temporal, folio 2026-11-0042."
                    .getBytes(StandardCharsets.UTF_8);

    @Test
    void aHolderSignsByFingerAndAnyoneChecksTheEvidenceWhichFailsForAnyAlteredByte() {
        ApiClient operator =
                new ApiClient(baseUrl(), "signature.operator", accountWith("signature.operator", Role.OPERATOR));
        Enrollments enrollments = new Enrollments(operator);
        String person = enrollments.registerPerson();
        assertThat(enrollments.enrollTenFingers(person, 84_000, 0)).isEqualTo("ENROLLED");
        String curp =
                operator.get("/api/v1/persons/" + person).json().get("curp").asString();

        Reply signed = operator.postMultipart(
                "/api/v1/signatures",
                Map.of("claim", curp, "purpose", "Pago de incapacidad"),
                Map.of("finger3", finger(84_000 + 3), "document", DOCUMENT));
        Reply refused = operator.postMultipart(
                "/api/v1/signatures",
                Map.of("claim", curp),
                Map.of("finger3", finger(88_000 + 3), "document", DOCUMENT));
        Reply unknown = operator.postMultipart(
                "/api/v1/signatures",
                Map.of("claim", "PEGJ900101HDFRRN09"),
                Map.of("finger3", finger(84_000 + 3), "document", DOCUMENT));
        String evidence = signed.json().get("evidence").asString();
        ApiClient anyone = ApiClient.authorizedBy(baseUrl(), "");
        Reply valid = anyone.postMultipart(
                "/api/v1/signatures/verification", Map.of("evidence", evidence), Map.of("document", DOCUMENT));
        byte[] otherDocument = DOCUMENT.clone();
        otherDocument[10] ^= 0x01;
        Reply changedDocument = anyone.postMultipart(
                "/api/v1/signatures/verification", Map.of("evidence", evidence), Map.of("document", otherDocument));
        char[] altered = evidence.toCharArray();
        int inPayload = evidence.indexOf('.') + 20;
        altered[inPayload] = altered[inPayload] == 'A' ? 'B' : 'A';
        Reply changedEvidence = anyone.postMultipart(
                "/api/v1/signatures/verification",
                Map.of("evidence", new String(altered)),
                Map.of("document", DOCUMENT));

        assertThat(signed.status()).as(signed.body()).isEqualTo(201);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("code").asString()).isEqualTo("UNKNOWN_IDENTITY");
        assertThat(evidence.split("\\.")).hasSize(3);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("decision").asString()).isEqualTo("NO_MATCH");
        assertThat(valid.json().get("valid").asBoolean()).isTrue();
        assertThat(valid.json().get("documentMatches").asBoolean()).isTrue();
        assertThat(valid.json().at("/claims/signer/curp").asString()).isEqualTo(curp);
        assertThat(valid.json().at("/claims/verification/decision").asString()).isEqualTo("MATCH");
        assertThat(valid.json().at("/claims/documentSha256").asString()).hasSize(64);
        assertThat(changedDocument.json().get("valid").asBoolean()).isTrue();
        assertThat(changedDocument.json().get("documentMatches").asBoolean()).isFalse();
        assertThat(changedEvidence.json().get("valid").asBoolean()).isFalse();
        assertThat(signed.json().get("signedPdf").isNull())
                .as("a text document gets no PDF signature")
                .isTrue();
    }

    private static byte[] finger(long finger) {
        return GrayImagePng.encode(FINGERS.finger(finger).impression(2));
    }
}
