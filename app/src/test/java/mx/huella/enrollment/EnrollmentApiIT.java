package mx.huella.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.huella.ApiClient;
import mx.huella.ApiClient.Reply;
import mx.huella.RunningPortal;
import mx.huella.registry.PersonDraft;
import mx.huella.registry.Persons;
import mx.huella.staff.Role;
import mx.huella.tools.synthetic.GrayImagePng;
import mx.huella.tools.synthetic.SyntheticFingerprints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class EnrollmentApiIT extends RunningPortal {
    private static final SyntheticFingerprints FINGERS = new SyntheticFingerprints(20261123);
    private static final Path FACE = Path.of("../../shared/data/faces/amy/amy3.png");
    private static final Path WSQ = Path.of(
            "../engine/src/test/resources/mx/huella/engine/fingerprint/decode/FingerprintDecoderFuzzTestInputs/anyBytesDecodeOrFailWithAReason/ridges.wsq");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    javax.sql.DataSource dataSource;

    private ApiClient operator;
    private ApiClient supervisor;

    @BeforeEach
    void signIn() {
        operator = new ApiClient(baseUrl(), "enrol.operator", accountWith("enrol.operator", Role.OPERATOR));
        supervisor = new ApiClient(baseUrl(), "enrol.supervisor", accountWith("enrol.supervisor", Role.SUPERVISOR));
    }

    @Test
    void noCaptureStartsWithoutExpressConsentToTheNoticeInForce() {
        String person = registerPerson();

        Reply refused = operator.post("/api/v1/enrollments", ApiClient.json(Map.of("personId", person)));
        Reply notice = operator.get("/api/v1/privacy-notice");
        Reply wrongVersion = operator.post(
                "/api/v1/persons/" + person + "/biometric-consent",
                ApiClient.json(Map.of("noticeVersion", "2020-01", "language", "es")));
        Reply given = giveConsent(person);
        Reply opened = operator.post("/api/v1/enrollments", ApiClient.json(Map.of("personId", person)));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("code").asString()).isEqualTo("CONSENT_REQUIRED");
        assertThat(notice.json().get("version").asString()).isEqualTo(ConsentService.NOTICE_VERSION);
        assertThat(notice.json().get("text").asString()).contains("datos personales sensibles");
        assertThat(wrongVersion.status()).isEqualTo(400);
        assertThat(given.status()).isEqualTo(201);
        assertThat(opened.status()).isEqualTo(201);
        assertThat(opened.location()).startsWith("/api/v1/enrollments/");
        assertThat(jdbc.sql(
                                "select count(*) from audit.event where action = 'BIOMETRIC_CONSENT_GIVEN' and subject = :p")
                        .param("p", person)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void enrollsTenFingersThenCatchesTheSameFingersUnderAnotherCurpAsADuplicate() {
        String personA = registerPerson();
        String sessionA = openWithConsent(personA);
        for (int finger = 1; finger <= 10; finger++) {
            Reply feedback = capture(sessionA, finger, 7000 + finger, 0);
            assertThat(feedback.status()).isEqualTo(200);
            assertThat(feedback.json().get("usable").asBoolean())
                    .as("finger %d", finger)
                    .isTrue();
        }
        Reply progress = operator.get("/api/v1/enrollments/" + sessionA);
        Reply enrolled = operator.withHeader(
                        "Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/enrollments/" + sessionA + "/submission", "");

        assertThat(progress.json().get("usableFingers").asInt()).isEqualTo(10);
        assertThat(enrolled.status()).isEqualTo(200);
        assertThat(enrolled.json().get("outcome").asString()).isEqualTo("ENROLLED");
        assertThat(status(personA)).isEqualTo("ENROLLED");

        String personB = registerPerson();
        String sessionB = openWithConsent(personB);
        for (int finger = 1; finger <= 10; finger++) {
            assertThat(capture(sessionB, finger, 7000 + finger, 1).status()).isEqualTo(200);
        }
        String key = UUID.randomUUID().toString();
        ApiClient keyed = new ApiClient(baseUrl(), "enrol.operator2", accountWith("enrol.operator2", Role.OPERATOR))
                .withHeader("Idempotency-Key", key);
        Reply duplicate = keyed.post("/api/v1/enrollments/" + sessionB + "/submission", "");
        Reply again = keyed.post("/api/v1/enrollments/" + sessionB + "/submission", "");

        assertThat(duplicate.json().get("outcome").asString()).isEqualTo("DUPLICATE_SUSPECT");
        assertThat(again.json().get("outcome").asString()).isEqualTo("DUPLICATE_SUSPECT");
        assertThat(again.json().get("caseId").asString())
                .isEqualTo(duplicate.json().get("caseId").asString());
        assertThat(status(personB)).isEqualTo("UNDER_REVIEW");
        String candidates = jdbc.sql("select candidates from enrollment.duplicate_case where id = :id")
                .param("id", UUID.fromString(duplicate.json().get("caseId").asString()))
                .query(String.class)
                .single();
        assertThat(candidates).contains(personA);
        assertThat(jdbc.sql("select count(*) from enrollment.duplicate_case where session_id = :s")
                        .param("s", UUID.fromString(sessionB))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void twoAnalystsConfirmIdentityFraudAndBothIdentitiesAppearInTheGhostReport() {
        DuplicateCase held = duplicateOf(5000, 2);
        String original = held.original();
        String impostor = held.impostor();
        String caseId = held.caseId();
        ApiClient first = new ApiClient(baseUrl(), "analyst.one", accountWith("analyst.one", Role.ANALYST));
        ApiClient second = new ApiClient(baseUrl(), "analyst.two", accountWith("analyst.two", Role.ANALYST));

        Reply queue = first.get("/api/v1/duplicate-cases");
        Reply view = first.get("/api/v1/duplicate-cases/" + caseId);
        Reply noReason = first.post(
                "/api/v1/duplicate-cases/" + caseId + "/decision",
                ApiClient.json(Map.of("decision", "SAME_PERSON", "reason", " ")));
        Reply notACandidate = first.post(
                "/api/v1/duplicate-cases/" + caseId + "/decision",
                ApiClient.json(Map.of("decision", "SAME_PERSON", "reason", "otra", "matchedPersonId", impostor)));
        Reply decided = first.post(
                "/api/v1/duplicate-cases/" + caseId + "/decision",
                ApiClient.json(Map.of(
                        "decision",
                        "SAME_PERSON",
                        "reason",
                        "diez dedos coinciden; mismo rostro",
                        "matchedPersonId",
                        original)));
        Reply unanswered = second.post(
                "/api/v1/duplicate-cases/" + caseId + "/confirmation",
                ApiClient.json(Map.of("reason", "sin respuesta")));
        Reply selfConfirmed = first.post(
                "/api/v1/duplicate-cases/" + caseId + "/confirmation",
                ApiClient.json(Map.of("confirmed", true, "reason", "confirmo")));
        Reply confirmed = second.post(
                "/api/v1/duplicate-cases/" + caseId + "/confirmation",
                ApiClient.json(Map.of("confirmed", true, "reason", "revisé las minucias de los diez dedos")));
        Reply report = second.get("/api/v1/reports/ghost-identities");
        Reply notAnAnalyst = operator.get("/api/v1/duplicate-cases");
        Reply impostorAgain = operator.post("/api/v1/enrollments", ApiClient.json(Map.of("personId", impostor)));
        Reply impostorStatus = operator.get("/api/v1/persons/" + impostor + "/biometric-status");
        Reply originalStatus = operator.get("/api/v1/persons/" + original + "/biometric-status");

        assertThat(queue.body()).contains(caseId);
        assertThat(view.json().get("enrolling").get("personId").asString()).isEqualTo(impostor);
        assertThat(view.json().get("matched").get("personId").asString()).isEqualTo(original);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(notACandidate.status()).isEqualTo(422);
        assertThat(notACandidate.json().get("code").asString()).isEqualTo("NOT_A_CANDIDATE");
        assertThat(view.json().get("candidatePersons").get(0).get("personId").asString())
                .isEqualTo(original);
        assertThat(decided.json().get("state").asString()).isEqualTo("AWAITING_CONFIRMATION");
        assertThat(unanswered.status()).isEqualTo(400);
        assertThat(unanswered.json().get("code").asString()).isEqualTo("DECISION_REQUIRED");
        assertThat(selfConfirmed.status()).isEqualTo(409);
        assertThat(selfConfirmed.json().get("code").asString()).isEqualTo("FOUR_EYES");
        assertThat(jdbc.sql("""
                        select count(*) from audit.event where subject = :c and action = 'DUPLICATE_CASE_CONFIRMATION_ATTEMPTED'
                        and actor = 'analyst.one' and outcome = 'REFUSED FOUR_EYES'
                        """).param("c", caseId).query(Long.class).single())
                .as("the refused self-confirmation stays on record though its transaction rolled back")
                .isEqualTo(1);
        assertThat(confirmed.json().get("state").asString()).isEqualTo("SAME_PERSON");
        assertThat(status(impostor)).isEqualTo("REJECTED");
        assertThat(report.body()).contains(caseId, original, impostor);
        assertThat(notAnAnalyst.status()).isEqualTo(403);
        assertThat(impostorAgain.status()).isEqualTo(409);
        assertThat(impostorAgain.json().get("code").asString()).isEqualTo("IDENTITY_FRAUD");
        assertThat(impostorStatus.body()).contains(caseId);
        assertThat(originalStatus.body()).contains(caseId);
        assertThat(jdbc.sql("select count(*) from audit.event where subject = :c and action like 'DUPLICATE_CASE_%'")
                        .param("c", caseId)
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void aDifferentPersonDecisionCompletesTheHeldEnrollment() {
        DuplicateCase held = duplicateOf(6000, 1);
        String second = held.impostor();
        String caseId = held.caseId();
        ApiClient analyst = new ApiClient(baseUrl(), "analyst.three", accountWith("analyst.three", Role.ANALYST));
        Reply whileReviewed = operator.post("/api/v1/enrollments", ApiClient.json(Map.of("personId", second)));
        assertThat(whileReviewed.status()).isEqualTo(409);
        assertThat(whileReviewed.json().get("code").asString()).isEqualTo("UNDER_REVIEW");

        Reply decided = analyst.post(
                "/api/v1/duplicate-cases/" + caseId + "/decision",
                ApiClient.json(
                        Map.of("decision", "DIFFERENT_PERSON", "reason", "gemelos: documentos y rostro distintos")));

        assertThat(decided.json().get("state").asString()).isEqualTo("DIFFERENT_PERSON");
        assertThat(status(second)).isEqualTo("ENROLLED");
        assertThat(analyst.get("/api/v1/duplicate-cases").body()).doesNotContain(caseId);
    }

    @Test
    void twoConcurrentSubmissionsOfOneEnrollmentEndAsOne() throws Exception {
        String person = registerPerson();
        String session = openWithConsent(person);
        for (int finger = 1; finger <= 10; finger++) {
            capture(session, finger, 8000 + finger, 0);
        }
        String path = "/api/v1/enrollments/" + session + "/submission";

        var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> operator.post(path, ""));
        var second = java.util.concurrent.CompletableFuture.supplyAsync(() -> operator.post(path, ""));

        assertThat(first.get().json().get("outcome").asString()).isEqualTo("ENROLLED");
        assertThat(second.get().json().get("outcome").asString()).isEqualTo("ENROLLED");
        assertThat(jdbc.sql(
                                "select count(*) from enrollment.status_history where person_id = :p and status = 'ENROLLED'")
                        .param("p", UUID.fromString(person))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        Reply another = operator.post("/api/v1/enrollments", ApiClient.json(Map.of("personId", person)));
        assertThat(another.status())
                .as("an enrolled identity is not replaced by a new session")
                .isEqualTo(409);
        assertThat(another.json().get("code").asString()).isEqualTo("ALREADY_ENROLLED");
    }

    @Test
    void twoPeoplePresentingTheSameHandAtTwoStationsAtOnceEndAsOneEnrollmentAndOneSuspect() throws Exception {
        String first = registerPerson();
        String second = registerPerson();
        String firstSession = openWithConsent(first);
        String secondSession = openWithConsent(second);
        for (int finger = 1; finger <= 10; finger++) {
            capture(firstSession, finger, 8500 + finger, 0);
            capture(secondSession, finger, 8500 + finger, 1);
        }

        var one = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> operator.post("/api/v1/enrollments/" + firstSession + "/submission", ""));
        var other = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> operator.post("/api/v1/enrollments/" + secondSession + "/submission", ""));

        assertThat(List.of(
                        one.get().json().get("outcome").asString(),
                        other.get().json().get("outcome").asString()))
                .containsExactlyInAnyOrder("ENROLLED", "DUPLICATE_SUSPECT");
    }

    @Test
    void consentWithdrawnBeforeSubmissionLeavesThePersonUnenrolled() {
        String person = registerPerson();
        String session = openWithConsent(person);
        for (int finger = 1; finger <= 10; finger++) {
            capture(session, finger, 8700 + finger, 0);
        }

        Reply withdrawn = operator.delete("/api/v1/persons/" + person + "/biometric-consent");
        Reply submitted = operator.post("/api/v1/enrollments/" + session + "/submission", "");

        assertThat(withdrawn.status()).isEqualTo(204);
        assertThat(submitted.status()).isEqualTo(409);
        assertThat(submitted.json().get("code").asString()).isEqualTo("CONSENT_REQUIRED");
        assertThat(status(person)).isEqualTo("PENDING");
        // The withdrawal ended the session: a new consent opens a new one, the old one stays ended.
        assertThat(operator.get("/api/v1/enrollments/" + session)
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("WITHDRAWN");
        String renewed = openWithConsent(person);
        Reply oldAgain = operator.post("/api/v1/enrollments/" + session + "/submission", "");
        assertThat(renewed).isNotEqualTo(session);
        assertThat(oldAgain.json().get("code").asString()).isEqualTo("CONSENT_REQUIRED");
    }

    @Test
    void theOpenApiDocumentListsEveryRefusalOfTheEnrollmentApiAsProblemJson() {
        var paths = operator.get("/v3/api-docs").json().get("paths");
        var submission = paths.get("/api/v1/enrollments/{id}/submission").get("post");
        var finger = paths.get("/api/v1/enrollments/{id}/fingers/{position}").get("put");

        assertThat(submission.get("responses").get("409").get("content").has("application/problem+json"))
                .isTrue();
        assertThat(submission.get("responses").get("409").get("description").asString())
                .contains("already-enrolled", "identity-fraud", "consent-required");
        assertThat(submission.get("responses").get("422").get("description").asString())
                .contains("incomplete", "idempotency-key-reused");
        assertThat(finger.get("requestBody").get("content").has("image/png")).isTrue();
        int documented = 0;
        for (var path : paths.properties()) {
            boolean enrollmentApi = path.getKey().startsWith("/api/v1/enrollments")
                    || path.getKey().startsWith("/api/v1/duplicate-cases/")
                    || path.getKey().startsWith("/api/v1/station/sessions/")
                    || path.getKey().contains("/biometric-");
            if (!enrollmentApi) {
                continue;
            }
            for (var operation : path.getValue().properties()) {
                boolean problem = operation.getValue().get("responses").properties().stream()
                        .anyMatch(response -> response.getKey().startsWith("4")
                                && response.getValue().has("content")
                                && response.getValue().get("content").has("application/problem+json"));
                assertThat(problem)
                        .as("%s %s documents its refusals", operation.getKey(), path.getKey())
                        .isTrue();
                documented++;
            }
        }
        assertThat(documented).isGreaterThanOrEqualTo(15);
    }

    @Test
    void thePrivacyNoticeIsShownInSpanishByDefaultAndInEnglishWhenAsked() {
        Reply spanish = operator.get("/api/v1/privacy-notice");
        Reply english = operator.withHeader("Accept-Language", "en").get("/api/v1/privacy-notice");

        assertThat(spanish.json().get("title").asString()).startsWith("Aviso de privacidad");
        assertThat(english.json().get("title").asString()).startsWith("Full privacy notice");
        assertThat(english.json().get("version").asString())
                .isEqualTo(spanish.json().get("version").asString());
    }

    @Test
    void aCaseWaitingPastItsServiceLevelShowsOverdueInTheQueue() {
        String caseId = duplicateOf(8900, 1).caseId();
        ApiClient analyst = new ApiClient(baseUrl(), "analyst.sla", accountWith("analyst.sla", Role.ANALYST));
        boolean overdueAtFirst = overdue(analyst, caseId);
        boolean overdueLater;
        try {
            mx.huella.AdjustableClock.moveForward(java.time.Duration.ofHours(49));
            overdueLater = overdue(analyst, caseId);
        } finally {
            mx.huella.AdjustableClock.reset();
        }

        assertThat(overdueAtFirst).isFalse();
        assertThat(overdueLater).isTrue();
    }

    private static boolean overdue(ApiClient analyst, String caseId) {
        for (var queued : analyst.get("/api/v1/duplicate-cases").json()) {
            if (queued.get("caseId").asString().equals(caseId)) {
                return queued.get("overdue").asBoolean();
            }
        }
        throw new AssertionError("case " + caseId + " is not in the queue");
    }

    @Test
    void onceTheMatchedPersonsImagesArePurgedTheCaseShowsTheMinutiaeOfItsEnrolledTemplate() {
        DuplicateCase held = duplicateOf(8950, 1);
        jdbc.sql("""
                update biometric.sample set sealed_image = null, image_key = null where subject_id =
                  (select subject_id from enrollment.biometric_status where person_id = :p)
                """).param("p", UUID.fromString(held.original())).update();
        mx.huella.PortalSession analyst = new mx.huella.PortalSession(baseUrl());
        analyst.signIn("analyst.images", accountWith("analyst.images", Role.ANALYST));

        var candidate = analyst.get("/cases/" + held.caseId() + "/fingers/1/candidate.png", "image/png");
        var probe = analyst.get("/cases/" + held.caseId() + "/fingers/1/probe.png", "image/png");

        assertThat(candidate.statusCode()).isEqualTo(200);
        assertThat(candidate.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("image/png"));
        assertThat(probe.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit.event where action = 'FINGER_IMAGE_VIEWED' and subject = :c")
                        .param("c", held.caseId())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aDifferentPersonDecisionSearchesAgainAndSomeoneEnrolledMeanwhileOpensANewCase() {
        // A's right hand is on B; B's left hand is on C, who enrolled while B was held (not searchable).
        String a = registerPerson();
        String b = registerPerson();
        String c = registerPerson();
        assertThat(enrollTenFingers(a, 9600, 0)).isEqualTo("ENROLLED");
        String sessionB = openWithConsent(b);
        for (int finger = 1; finger <= 10; finger++) {
            capture(sessionB, finger, (finger <= 5 ? 9600 : 9700) + finger, finger <= 5 ? 1 : 0);
        }
        Reply held = operator.post("/api/v1/enrollments/" + sessionB + "/submission", "");
        String sessionC = openWithConsent(c);
        for (int finger = 1; finger <= 10; finger++) {
            capture(sessionC, finger, (finger <= 5 ? 9800 : 9700) + finger, finger <= 5 ? 0 : 1);
        }
        Reply enrolledMeanwhile = operator.post("/api/v1/enrollments/" + sessionC + "/submission", "");
        ApiClient analyst = new ApiClient(baseUrl(), "analyst.research", accountWith("analyst.research", Role.ANALYST));

        Reply decided = analyst.post(
                "/api/v1/duplicate-cases/" + held.json().get("caseId").asString() + "/decision",
                ApiClient.json(Map.of("decision", "DIFFERENT_PERSON", "reason", "la mano derecha no es de A")));

        assertThat(held.json().get("outcome").asString()).isEqualTo("DUPLICATE_SUSPECT");
        assertThat(enrolledMeanwhile.json().get("outcome").asString()).isEqualTo("ENROLLED");
        assertThat(decided.json().get("state").asString()).isEqualTo("DIFFERENT_PERSON_NEW_CASE");
        assertThat(status(b)).isEqualTo("UNDER_REVIEW");
        String newCase = jdbc.sql("""
                select candidates from enrollment.duplicate_case where session_id = :s and state = 'OPEN'
                """)
                .param("s", UUID.fromString(sessionB))
                .query(String.class)
                .single();
        assertThat(newCase).contains(c).doesNotContain(a);
    }

    @Test
    void oneHumanFoundUnderThreeRegistrationsIsOneGhostIdentityWithBothCases() {
        DuplicateCase first = duplicateOf(9900, 1);
        String third = registerPerson();
        String session = openWithConsent(third);
        for (int finger = 1; finger <= 10; finger++) {
            capture(session, finger, 9900 + finger, 2);
        }
        String secondCase = operator.post("/api/v1/enrollments/" + session + "/submission", "")
                .json()
                .get("caseId")
                .asString();
        ApiClient one = new ApiClient(baseUrl(), "analyst.g1", accountWith("analyst.g1", Role.ANALYST));
        ApiClient two = new ApiClient(baseUrl(), "analyst.g2", accountWith("analyst.g2", Role.ANALYST));
        for (String caseId : List.of(first.caseId(), secondCase)) {
            one.post(
                    "/api/v1/duplicate-cases/" + caseId + "/decision",
                    ApiClient.json(Map.of("decision", "SAME_PERSON", "reason", "mismas huellas")));
            assertThat(two.post(
                                    "/api/v1/duplicate-cases/" + caseId + "/confirmation",
                                    ApiClient.json(Map.of("confirmed", true, "reason", "confirmo")))
                            .json()
                            .get("state")
                            .asString())
                    .isEqualTo("SAME_PERSON");
        }

        var ghost = java.util.stream.StreamSupport.stream(
                        two.get("/api/v1/reports/ghost-identities").json().spliterator(), false)
                .filter(g -> g.toString().contains(first.original()))
                .toList();

        assertThat(ghost).singleElement().satisfies(g -> {
            assertThat(g.get("identities").size()).isEqualTo(3);
            assertThat(g.get("caseIds").size()).isEqualTo(2);
            assertThat(g.toString()).contains(first.impostor(), third, first.caseId(), secondCase);
        });
    }

    @Test
    void aSubmissionThatWaitsTooLongForTheSearchesAheadIsToldToComeBackAndLosesNothing() throws Exception {
        String done = openWithConsent(registerPerson());
        for (int finger = 1; finger <= 10; finger++) {
            capture(done, finger, 9970 + finger, 0);
        }
        assertThat(operator.post("/api/v1/enrollments/" + done + "/submission", "")
                        .json()
                        .get("outcome")
                        .asString())
                .isEqualTo("ENROLLED");
        String person = registerPerson();
        String session = openWithConsent(person);
        for (int finger = 1; finger <= 10; finger++) {
            capture(session, finger, 9950 + finger, 0);
        }
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread blocker = Thread.ofPlatform().start(() -> {
            try (var connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try (var statement = connection.createStatement()) {
                    statement.execute(
                            "select pg_advisory_xact_lock(hashtextextended('huella.enrollment.de-duplication', 0))");
                }
                held.countDown();
                release.await();
                connection.rollback();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(held.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        Reply replay = operator.post("/api/v1/enrollments/" + done + "/submission", "");
        Reply busy = operator.post("/api/v1/enrollments/" + session + "/submission", "");
        release.countDown();
        blocker.join();
        Reply again = operator.post("/api/v1/enrollments/" + session + "/submission", "");

        assertThat(replay.json().get("outcome").asString())
                .as("a replay of an ended submission is answered while searches hold the lock")
                .isEqualTo("ENROLLED");
        assertThat(busy.status()).isEqualTo(503);
        assertThat(busy.json().get("code").asString()).isEqualTo("BUSY");
        assertThat(again.json().get("outcome").asString()).isEqualTo("ENROLLED");
    }

    @Test
    void theStatusOfSomeoneTheRegistryDoesNotKnowIsNotFound() {
        Reply unknown = operator.get("/api/v1/persons/" + UUID.randomUUID() + "/biometric-status");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("PERSON_NOT_FOUND");
    }

    @Test
    void aPoorFingerGetsFourAttemptsThenNeedsAnExceptionASupervisorApproves() {
        String person = registerPerson();
        String session = openWithConsent(person);
        byte[] blank =
                GrayImagePng.encode(new mx.huella.engine.fingerprint.GrayImage(320, 416, 500, new byte[320 * 416]));

        for (int attempt = 1; attempt <= 4; attempt++) {
            Reply poor = operator.putBytes("/api/v1/enrollments/" + session + "/fingers/2", blank, "image/png");
            assertThat(poor.json().get("usable").asBoolean()).isFalse();
            assertThat(poor.json().get("attemptsLeft").asInt()).isEqualTo(4 - attempt);
        }
        Reply exhausted = operator.putBytes("/api/v1/enrollments/" + session + "/fingers/2", blank, "image/png");
        Reply declared = operator.put(
                "/api/v1/enrollments/" + session + "/exceptions/2",
                ApiClient.json(Map.of("reason", "INJURED", "note", "vendaje en el índice derecho")));
        Reply selfApproved = operator.post("/api/v1/enrollments/" + session + "/exceptions/2/approval", "");
        Reply approved = supervisor.post("/api/v1/enrollments/" + session + "/exceptions/2/approval", "");
        Reply incomplete = operator.post("/api/v1/enrollments/" + session + "/submission", "");

        assertThat(exhausted.status()).isEqualTo(409);
        assertThat(exhausted.json().get("code").asString()).isEqualTo("ATTEMPTS_EXHAUSTED");
        assertThat(declared.status()).isEqualTo(204);
        assertThat(selfApproved.status()).isEqualTo(403);
        assertThat(approved.status()).isEqualTo(204);
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.json().get("code").asString()).isEqualTo("INCOMPLETE");
        Reply progress = operator.get("/api/v1/enrollments/" + session);
        assertThat(progress.json()
                        .get("positions")
                        .get(1)
                        .get("exceptionApproved")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void anUnreadableSampleIsRefusedWithItsReasonAndCountsNoAttempt() {
        String session = openWithConsent(registerPerson());

        Reply refused = operator.putBytes(
                "/api/v1/enrollments/" + session + "/fingers/1",
                "not an image".getBytes(StandardCharsets.UTF_8),
                "image/png");
        Reply notAFinger =
                operator.putBytes("/api/v1/enrollments/" + session + "/fingers/13", new byte[10], "image/png");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("code").asString()).isEqualTo("UNREADABLE_SAMPLE");
        assertThat(notAFinger.status()).isEqualTo(400);
        assertThat(operator.get("/api/v1/enrollments/" + session)
                        .json()
                        .get("positions")
                        .get(0)
                        .get("attempts")
                        .asInt())
                .isZero();
    }

    @Test
    void aFacePhotoIsJudgedAndKeptOnlyWhenUsable() throws Exception {
        assumeTrue(Files.isRegularFile(FACE), FACE + " is absent: skipping the face capture");
        String session = openWithConsent(registerPerson());

        Reply face =
                operator.putBytes("/api/v1/enrollments/" + session + "/face", Files.readAllBytes(FACE), "image/png");

        assertThat(face.status()).isEqualTo(200);
        assertThat(face.json().get("usable").asBoolean()).isTrue();
        assertThat(operator.get("/api/v1/enrollments/" + session)
                        .json()
                        .get("usableFace")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void anEnrollmentOfFacePlusApprovedExceptionsIsSearchedByFaceAgainstEveryoneEnrolled() throws Exception {
        // Howard's photo appears in no other test (the portal under test is shared and faces are searched
        // 1:N); of the development crops only it and amy3 pass the enrollment quality checks, so the same
        // photo is presented twice, as a fraudster reusing an enrolled person's picture would.
        Path photo = FACE.resolveSibling("../howard/howard3.png");
        Path otherPhoto = photo;
        assumeTrue(Files.isRegularFile(photo), "development faces absent: skipping");
        String original = registerPerson();
        String first = openWithConsent(original);
        for (int finger = 1; finger <= 10; finger++) {
            capture(first, finger, 9300 + finger, 0);
        }
        operator.putBytes("/api/v1/enrollments/" + first + "/face", Files.readAllBytes(photo), "image/png");
        Reply enrolled = operator.post("/api/v1/enrollments/" + first + "/submission", "");
        String second = openWithConsent(registerPerson());
        operator.putBytes("/api/v1/enrollments/" + second + "/face", Files.readAllBytes(otherPhoto), "image/png");
        for (int finger = 1; finger <= 10; finger++) {
            operator.put(
                    "/api/v1/enrollments/" + second + "/exceptions/" + finger,
                    ApiClient.json(Map.of("reason", "AMPUTATED", "note", "amputación de ambas manos")));
            assertThat(supervisor
                            .post("/api/v1/enrollments/" + second + "/exceptions/" + finger + "/approval", "")
                            .status())
                    .isEqualTo(204);
        }
        Reply faceOnly = operator.post("/api/v1/enrollments/" + second + "/submission", "");

        assertThat(enrolled.json().get("outcome").asString())
                .as(enrolled.body())
                .isEqualTo("ENROLLED");
        assertThat(faceOnly.status()).as(faceOnly.body()).isEqualTo(200);
        assertThat(faceOnly.json().get("outcome").asString()).isEqualTo("DUPLICATE_SUSPECT");
        assertThat(jdbc.sql("select candidates from enrollment.duplicate_case where id = :id")
                        .param(
                                "id",
                                UUID.fromString(faceOnly.json().get("caseId").asString()))
                        .query(String.class)
                        .single())
                .contains(original);
    }

    @Test
    void noTableHoldsAPlaintextTemplateOrImage() throws Exception {
        String person = registerPerson();
        String session = openWithConsent(person);
        for (int finger = 1; finger <= 8; finger++) {
            capture(session, finger, 9100 + finger, 0);
        }
        Reply jpegFinger = operator.putBytes(
                "/api/v1/enrollments/" + session + "/fingers/9",
                jpeg(FINGERS.finger(9109).impression(0)),
                "image/jpeg");
        Reply wsqFinger = operator.putBytes(
                "/api/v1/enrollments/" + session + "/fingers/10", Files.readAllBytes(WSQ), "application/octet-stream");
        if (Files.isRegularFile(FACE)) {
            // A face photo stored, in a session left unsubmitted: enrolled, this face would make every
            // later enrollment of the same development photo a duplicate.
            String faceSession = openWithConsent(registerPerson());
            operator.putBytes("/api/v1/enrollments/" + faceSession + "/face", Files.readAllBytes(FACE), "image/png");
        }
        Reply submitted = operator.post("/api/v1/enrollments/" + session + "/submission", "");

        assertThat(jpegFinger.status()).as(jpegFinger.body()).isEqualTo(200);
        assertThat(wsqFinger.status()).as(wsqFinger.body()).isEqualTo(200);
        assertThat(submitted.json().get("outcome").asString()).isEqualTo("ENROLLED");
        assertThat(jdbc.sql("select count(*) from biometric.finger_template")
                        .query(Long.class)
                        .single())
                .isPositive();
        // Encrypted bytes are random, so a signature of a few bytes turns up inside them by chance:
        // short signatures are looked for where a stored file would start, long ones anywhere.
        Map<String, Boolean> signatures = Map.of(
                "48465401", false, // HFT + version: Huella's stored template
                "464d5200", false, // ISO/IEC 19794-2 "FMR\0"
                "89504e470d0a1a0a", true, // PNG
                "ffd8ff", false, // JPEG
                "ffa0ffa8", false, // WSQ
                "706f736974696f6e7358", true); // "positionsX": a serialized SourceAFIS template
        var columns = jdbc.sql("""
            select table_schema, table_name, column_name, data_type from information_schema.columns
            where table_schema not in ('pg_catalog', 'information_schema') and table_schema not like 'pg_toast%'
            and data_type in ('bytea', 'text', 'character varying', 'jsonb', 'json')
            """)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .list();
        assertThat(columns)
                .extracting(column -> column[0])
                .contains("biometric", "enrollment", "verification", "audit", "registry");
        for (String[] column : columns) {
            String value = column[3].equals("bytea")
                    ? "\"" + column[2] + "\""
                    : "convert_to(\"" + column[2] + "\"::text, 'UTF8')";
            String table = "\"" + column[0] + "\".\"" + column[1] + "\"";
            signatures.forEach((signature, anywhere) -> {
                long hits = jdbc.sql("select count(*) from " + table + " where position(decode(:sig, 'hex') in " + value
                                + ") " + (anywhere ? "> 0" : "= 1"))
                        .param("sig", signature)
                        .query(Long.class)
                        .single();
                assertThat(hits)
                        .as("%s.%s holds %s", table, column[2], signature)
                        .isZero();
            });
            if (!column[3].equals("bytea")) {
                for (String base64 : List.of("iVBORw0KGgo", "/9j/", "SEZUAQ", "Rk1SAA")) {
                    long hits = jdbc.sql("select count(*) from " + table + " where strpos(\"" + column[2]
                                    + "\"::text, :b) > 0")
                            .param("b", base64)
                            .query(Long.class)
                            .single();
                    assertThat(hits)
                            .as("%s.%s holds base64 %s", table, column[2], base64)
                            .isZero();
                }
            }
        }
    }

    /** Two people of the registry and one hand: the first enrolled, the second held as its duplicate. */
    private record DuplicateCase(String original, String impostor, String caseId) {}

    private DuplicateCase duplicateOf(long firstFinger, int impression) {
        String original = registerPerson();
        assertThat(enrollTenFingers(original, firstFinger, 0)).isEqualTo("ENROLLED");
        String impostor = registerPerson();
        String session = openWithConsent(impostor);
        for (int finger = 1; finger <= 10; finger++) {
            capture(session, finger, firstFinger + finger, impression);
        }
        Reply submitted = operator.post("/api/v1/enrollments/" + session + "/submission", "");
        assertThat(submitted.json().get("outcome").asString()).isEqualTo("DUPLICATE_SUSPECT");
        return new DuplicateCase(
                original, impostor, submitted.json().get("caseId").asString());
    }

    private String enrollTenFingers(String person, long firstFinger, int impression) {
        String session = openWithConsent(person);
        for (int finger = 1; finger <= 10; finger++) {
            capture(session, finger, firstFinger + finger, impression);
        }
        return operator.post("/api/v1/enrollments/" + session + "/submission", "")
                .json()
                .get("outcome")
                .asString();
    }

    @Test
    void noLogHoldsATemplateOrImageInAnyEncoding() throws Exception {
        String session = openWithConsent(registerPerson());
        for (int finger = 1; finger <= 2; finger++) {
            capture(session, finger, 9300 + finger, 0);
        }
        operator.putBytes(
                "/api/v1/enrollments/" + session + "/fingers/3",
                "broken".getBytes(StandardCharsets.UTF_8),
                "image/png");

        List<Path> logs = List.of(Path.of(LOG), dataDirectory().resolve("postgres.log"));
        assertThat(logs).as("the application log and the PostgreSQL log").allMatch(Files::isRegularFile);
        // Raw bytes, hex and base64 of what a template or sample file starts with.
        List<String> forbidden = List.of(
                "HFT\u0001",
                "FMR\u0000",
                "\u0089PNG",
                "48465401",
                "464d5200",
                "89504e47",
                "SEZUAQ",
                "Rk1SAA",
                "iVBORw0KGgo",
                "\u00ff\u00d8\u00ff",
                "/9j/",
                "\u00ff\u00a0\u00ff\u00a8",
                "/6D/qA",
                "positionsX");
        for (Path log : logs) {
            String text = Files.readString(log, StandardCharsets.ISO_8859_1);
            for (String marker : forbidden) {
                assertThat(text).as("%s holds %s", log, marker).doesNotContain(marker);
            }
        }
    }

    private static byte[] jpeg(mx.huella.engine.fingerprint.GrayImage image) throws java.io.IOException {
        var gray = new java.awt.image.BufferedImage(
                image.width(), image.height(), java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        gray.getRaster().setDataElements(0, 0, image.width(), image.height(), image.pixels());
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(gray, "jpg", out);
        return out.toByteArray();
    }

    private Reply capture(String session, int position, long finger, int impression) {
        byte[] png = GrayImagePng.encode(FINGERS.finger(finger).impression(impression));
        return operator.putBytes("/api/v1/enrollments/" + session + "/fingers/" + position, png, "image/png");
    }

    private String registerPerson() {
        PersonDraft draft = Persons.aPerson();
        Reply created = operator.post("/api/v1/persons", ApiClient.json(Persons.requestFields(draft)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private Reply giveConsent(String person) {
        return operator.post(
                "/api/v1/persons/" + person + "/biometric-consent",
                ApiClient.json(Map.of("noticeVersion", ConsentService.NOTICE_VERSION, "language", "es")));
    }

    private String openWithConsent(String person) {
        assertThat(giveConsent(person).status()).isEqualTo(201);
        Reply opened = operator.post("/api/v1/enrollments", ApiClient.json(Map.of("personId", person)));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json().get("id").asString();
    }

    private String status(String person) {
        return operator.get("/api/v1/persons/" + person + "/biometric-status")
                .json()
                .get("status")
                .asString();
    }
}
