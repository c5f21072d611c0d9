package mx.huella.enrollment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An enrollment session at a glance: for each of the ten fingers and the face (position 0), how many
 * captures were made, the best quality, whether a usable one exists, and any declared exception.
 *
 * @param positions positions 1 to 10 (fingers), then 0 (face)
 */
public record SessionProgress(UUID sessionId, UUID personId, String state, String outcome, List<Position> positions) {
    public SessionProgress {
        positions = List.copyOf(positions);
    }

    /**
     * One position of the session.
     *
     * @param bestSample the best usable capture's sample id (internal: not shown to clients)
     */
    public record Position(
            int position,
            int attempts,
            int bestQuality,
            boolean usable,
            String exception,
            boolean exceptionApproved,
            UUID bestSample) {}

    static SessionProgress read(JdbcClient jdbc, UUID sessionId, UUID personId, String state, String outcome) {
        List<Position> positions = new ArrayList<>();
        for (int position : new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0}) {
            int attempts = jdbc.sql("""
                select count(*) from enrollment.capture where session_id = :session and finger_position = :position
                """)
                    .param("session", sessionId)
                    .param("position", position)
                    .query(Integer.class)
                    .single();
            int best = jdbc.sql("""
                select coalesce(max(quality), 0) from enrollment.capture where session_id = :session and finger_position = :position
                """)
                    .param("session", sessionId)
                    .param("position", position)
                    .query(Integer.class)
                    .single();
            Optional<UUID> sample = jdbc.sql("""
                select sample_id from enrollment.capture where session_id = :session and finger_position = :position
                and usable order by quality desc, attempt desc limit 1
                """)
                    .param("session", sessionId)
                    .param("position", position)
                    .query(UUID.class)
                    .optional();
            record Exception(String reason, boolean approved) {}
            Optional<Exception> exception = jdbc.sql("""
                select reason, approved_by is not null from enrollment.finger_exception
                where session_id = :session and finger_position = :position
                """)
                    .param("session", sessionId)
                    .param("position", position)
                    .query((rs, n) -> new Exception(rs.getString(1), rs.getBoolean(2)))
                    .optional();
            positions.add(new Position(
                    position,
                    attempts,
                    best,
                    sample.isPresent(),
                    exception.map(Exception::reason).orElse(null),
                    exception.map(Exception::approved).orElse(false),
                    sample.orElse(null)));
        }
        return new SessionProgress(sessionId, personId, state, outcome, positions);
    }

    /** Fingers with a usable capture. */
    public int usableFingers() {
        return (int) fingers().stream().filter(Position::usable).count();
    }

    /** Whether the face has a usable capture. */
    public boolean usableFace() {
        return face().usable();
    }

    /**
     * At least {@code minimumFingers} usable fingers, or a usable face with an approved exception for
     * every finger that has no usable capture.
     */
    boolean meetsMinimum(int minimumFingers) {
        if (usableFingers() >= minimumFingers) {
            return true;
        }
        return usableFace() && fingers().stream().allMatch(p -> p.usable() || p.exceptionApproved());
    }

    /** Whether more captures or an approval could still make the session meet the minimum. */
    boolean canStillComplete(int maxAttempts) {
        boolean fingerLeft = fingers().stream()
                .anyMatch(p ->
                        !p.usable() && !p.exceptionApproved() && (p.attempts() < maxAttempts || p.exception() != null));
        return fingerLeft || (!usableFace() && face().attempts() < maxAttempts);
    }

    List<UUID> bestFingerSamples() {
        return fingers().stream()
                .filter(Position::usable)
                .map(Position::bestSample)
                .toList();
    }

    Optional<UUID> bestFaceSample() {
        return Optional.ofNullable(face().bestSample());
    }

    String summary() {
        return usableFingers() + " usable fingers, face " + (usableFace() ? "usable" : "missing");
    }

    private List<Position> fingers() {
        return positions.stream()
                .filter(p -> p.position() != EnrollmentService.FACE)
                .toList();
    }

    private Position face() {
        return positions.stream()
                .filter(p -> p.position() == EnrollmentService.FACE)
                .findFirst()
                .orElseThrow();
    }
}
