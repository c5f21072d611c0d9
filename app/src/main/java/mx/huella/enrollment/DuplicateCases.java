package mx.huella.enrollment;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import mx.huella.biometric.SampleVault;
import mx.huella.engine.search.Candidate;
import mx.huella.engine.search.Identification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Duplicate cases as submissions open them: the ranked candidates recorded for the analysts, and the
 * images of everyone involved held until the case closes.
 */
@Component
class DuplicateCases {
    private final JdbcClient jdbc;
    private final SampleVault vault;
    private final Clock clock;

    DuplicateCases(JdbcClient jdbc, SampleVault vault, Clock clock) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.clock = clock;
    }

    /** Opens a case for a session whose search hit someone; returns its id. */
    UUID open(Session session, Identification search) {
        StringBuilder candidates = new StringBuilder("[");
        for (Candidate candidate : search.candidates()) {
            Optional<UUID> person = jdbc.sql(
                            "select person_id from enrollment.biometric_status where subject_id = :subject")
                    .param("subject", UUID.fromString(candidate.reference()))
                    .query(UUID.class)
                    .optional();
            if (person.isEmpty()) {
                continue;
            }
            Map<Integer, Double> byCode = new java.util.TreeMap<>();
            candidate.fingerScores().forEach((position, score) -> byCode.put(position.code(), score));
            candidates
                    .append(candidates.length() > 1 ? "," : "")
                    .append(String.format(
                            Locale.ROOT,
                            "{\"personId\":\"%s\",\"fusedScore\":%.3f,\"falseMatchProbability\":%.3e,\"faceDistance\":%s,\"fingerScores\":{%s}}",
                            person.get(),
                            candidate.fusedScore(),
                            candidate.falseMatchProbability(),
                            candidate.hasFace() ? String.format(Locale.ROOT, "%.4f", candidate.faceDistance()) : "null",
                            String.join(
                                    ",",
                                    byCode.entrySet().stream()
                                            .map(e ->
                                                    String.format(Locale.ROOT, "\"%d\":%.3f", e.getKey(), e.getValue()))
                                            .toList())));
        }
        UUID id = UUID.randomUUID();
        Optional<UUID> matched = search.candidates().stream()
                .findFirst()
                .flatMap(best -> jdbc.sql(
                                "select person_id from enrollment.biometric_status where subject_id = :subject")
                        .param("subject", UUID.fromString(best.reference()))
                        .query(UUID.class)
                        .optional());
        jdbc.sql("""
            insert into enrollment.duplicate_case (id, session_id, person_id, opened_at, state, candidates, matched_person)
            values (:id, :session, :person, :at, :state, :candidates, :matched)
            """)
                .param("id", id)
                .param("session", session.id())
                .param("person", session.personId())
                .param("matched", matched.orElse(null))
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .param("state", CaseState.OPEN.name())
                .param("candidates", candidates.append(']').toString())
                .update();
        vault.holdImages(session.subjectId(), id);
        search.candidates().forEach(candidate -> vault.holdImages(UUID.fromString(candidate.reference()), id));
        return id;
    }

    /** The latest case opened for a session, if any. */
    Optional<UUID> of(UUID sessionId) {
        return jdbc.sql(
                        "select id from enrollment.duplicate_case where session_id = :session order by opened_at desc limit 1")
                .param("session", sessionId)
                .query(UUID.class)
                .optional();
    }

    /** A closed case no longer keeps its persons' images past their adjudication period. */
    @Transactional
    void closed(UUID caseId) {
        vault.releaseImages(caseId);
    }
}
