package mx.huella.signature;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import mx.huella.audit.AuditEntry;
import mx.huella.audit.AuditLog;
import mx.huella.registry.Person;
import mx.huella.registry.PersonService;
import mx.huella.seal.PlatformSeal;
import mx.huella.verification.VerificationException;
import mx.huella.verification.VerificationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issues and checks biometric-signature evidence. A signature is issued only after a 1:1 MATCH of
 * the holder's finger; the evidence is a compact JWS signed by the platform key.
 */
@Service
public class SignatureEvidence {
    /** The largest document signed: 20 MB. */
    public static final int MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private final VerificationService verifications;
    private final PersonService persons;
    private final PlatformSeal seal;
    private final mx.huella.seal.PdfSignatures pdfSignatures;
    private final AuditLog audit;
    private final Clock clock;

    SignatureEvidence(
            VerificationService verifications,
            PersonService persons,
            PlatformSeal seal,
            mx.huella.seal.PdfSignatures pdfSignatures,
            AuditLog audit,
            Clock clock) {
        this.pdfSignatures = pdfSignatures;
        this.verifications = verifications;
        this.persons = persons;
        this.seal = seal;
        this.audit = audit;
        this.clock = clock;
    }

    /** The holder's finger did not match: nothing is signed. */
    public static class NotSigned extends RuntimeException {
        private final String decision;

        NotSigned(String decision) {
            super(decision);
            this.decision = decision;
        }

        public String decision() {
            return decision;
        }
    }

    /** @param signedPdf for a PDF document, the same PDF with the platform's PAdES signature (base64), else null */
    public record Issued(String evidence, String documentSha256, UUID attemptId, String signedPdf) {}

    /** What a check of evidence found. */
    public record Check(boolean valid, boolean documentMatches, Optional<JsonNode> claims, String reason) {}

    @Transactional(noRollbackFor = {NotSigned.class, VerificationException.class})
    public Issued sign(
            String claim,
            Map<Integer, byte[]> fingers,
            byte[] document,
            String purpose,
            VerificationService.Context context) {
        if (document == null || document.length == 0 || document.length > MAX_DOCUMENT_BYTES) {
            // Refused before the holder's finger is even compared: no attempt is spent on it.
            throw new NotSigned("DOCUMENT_REQUIRED");
        }
        VerificationService.Result result = verifications.verify(claim, fingers, context);
        if (result.decision() != VerificationService.Decision.MATCH) {
            throw new NotSigned(result.decision().name());
        }
        Person signer = persons.get(result.personId().orElseThrow());
        String hash = sha256(document);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("iss", "huella");
        payload.put("jti", UUID.randomUUID().toString());
        payload.put("iat", clock.instant().getEpochSecond());
        payload.put("documentSha256", hash);
        payload.put("purpose", purpose == null ? "" : purpose.strip());
        payload.put("signer", Map.of("curp", signer.curp().value(), "name", signer.fullName()));
        payload.put(
                "verification",
                Map.of(
                        "decision", result.decision().name(),
                        "scoreBand", result.scoreBand().name(),
                        "attemptId", result.attemptId().toString(),
                        "fingers", fingers.size()));
        payload.put("channel", context.channel());
        if (context.device() != null) {
            payload.put("device", context.device());
        }
        String evidence = jws(payload);
        audit.record(new AuditEntry(
                clock.instant(),
                context.operator(),
                "BIOMETRIC_SIGNATURE",
                signer.id().toString(),
                "document " + hash,
                context.channel()));
        String signedPdf = isPdf(document)
                ? java.util.Base64.getEncoder()
                        .encodeToString(pdfSignatures.sign(
                                document,
                                "Firma biométrica de " + signer.fullName() + " (" + evidenceId(payload) + ")"))
                : null;
        return new Issued(evidence, hash, result.attemptId(), signedPdf);
    }

    /** Checks the evidence's signature and, when the document is given, that it is the document signed. */
    public Check check(String evidence, byte[] document) {
        String[] parts = evidence == null ? new String[0] : evidence.strip().split("\\.");
        if (parts.length != 3) {
            return new Check(false, false, Optional.empty(), "not a compact JWS");
        }
        try {
            JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
            if (!"RS256".equals(header.path("alg").asString(""))) {
                return new Check(false, false, Optional.empty(), "not RS256");
            }
            byte[] signed = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
            if (!seal.verifies(signed, Base64.getUrlDecoder().decode(parts[2]))) {
                return new Check(false, false, Optional.empty(), "the signature does not verify");
            }
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            boolean matches = document != null
                    && sha256(document).equals(claims.path("documentSha256").asString(""));
            return new Check(
                    true,
                    matches,
                    Optional.of(claims),
                    document == null ? "no document given" : matches ? "" : "another document");
        } catch (IllegalArgumentException | tools.jackson.core.JacksonException e) {
            return new Check(false, false, Optional.empty(), "unreadable evidence");
        }
    }

    private String jws(Map<String, Object> payload) {
        try {
            Map<String, Object> header = new LinkedHashMap<>();
            header.put("alg", "RS256");
            header.put("typ", "huella-evidence+jws");
            header.put(
                    "x5c",
                    java.util.List.of(Base64.getEncoder()
                            .encodeToString(seal.certificate().getEncoded())));
            String signingInput = URL.encodeToString(JSON.writeValueAsBytes(header)) + "."
                    + URL.encodeToString(JSON.writeValueAsBytes(payload));
            return signingInput + "." + URL.encodeToString(seal.sign(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isPdf(byte[] document) {
        return document.length > 5 && new String(document, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
    }

    private static String evidenceId(Map<String, Object> payload) {
        return String.valueOf(payload.get("jti"));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes == null ? new byte[0] : bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
