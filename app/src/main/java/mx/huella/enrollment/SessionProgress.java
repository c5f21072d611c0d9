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
public record SessionProgress(
        UUID sessionId, UUID personId, SessionState state, String outcome, List<Position> positions) {
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

    static SessionProgress read(JdbcClient jdbc, UUID sessionId, UUID personId, SessionState state, String outcome) {
        record Capture(int position, int attempt, int quality, boolean usable, UUID sample) {}
        record Exception(int position, String reason, boolean approved) {}
        // Two queries for the whole grid: this runs after every capture.
        List<Capture> captures = jdbc.sql("""
            select finger_position, attempt, quality, usable, sample_id from enrollment.capture where session_id = :session
            """)
                .param("session", sessionId)
                .query((rs, n) -> new Capture(
                        rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getBoolean(4), rs.getObject(5, UUID.class)))
                .list();
        List<Exception> exceptions = jdbc.sql("""
            select finger_position, reason, approved_by is not null from enrollment.finger_exception where session_id = :session
            """)
                .param("session", sessionId)
                .query((rs, n) -> new Exception(rs.getInt(1), rs.getString(2), rs.getBoolean(3)))
                .list();
        List<Position> positions = new ArrayList<>();
        for (int position : new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0}) {
            List<Capture> here =
                    captures.stream().filter(c -> c.position() == position).toList();
            // The best usable capture: highest quality, the later attempt on a tie.
            Optional<Capture> best = here.stream()
                    .filter(Capture::usable)
                    .max(java.util.Comparator.comparingInt(Capture::quality).thenComparingInt(Capture::attempt));
            Optional<Exception> exception =
                    exceptions.stream().filter(e -> e.position() == position).findFirst();
            positions.add(new Position(
                    position,
                    here.size(),
                    here.stream().mapToInt(Capture::quality).max().orElse(0),
                    best.isPresent(),
                    exception.map(Exception::reason).orElse(null),
                    exception.map(Exception::approved).orElse(false),
                    best.map(Capture::sample).orElse(null)));
        }
        return new SessionProgress(sessionId, personId, state, outcome, positions);
    }

    /** The best usable capture's sample at a position (0 for the face), if any. */
    Optional<UUID> bestSample(int position) {
        return positions.stream()
                .filter(p -> p.position() == position)
                .findFirst()
                .map(Position::bestSample);
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

    /**
     * Whether more captures, or exceptions declared and approved, could still make the session meet the
     * minimum. A finger whose attempts are spent can still be excused (that is what "unable to capture"
     * is for), so with a face in reach the session is never lost; without one, only fingers still to be
     * captured can make up the count.
     */
    boolean canStillComplete(int minimumFingers, int maxAttempts) {
        long fingersInReach = fingers().stream()
                .filter(p -> p.usable() || p.attempts() < maxAttempts)
                .count();
        return fingersInReach >= minimumFingers || usableFace() || face().attempts() < maxAttempts;
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
                .filter(p -> p.position() != CaptureSessions.FACE)
                .toList();
    }

    private Position face() {
        return positions.stream()
                .filter(p -> p.position() == CaptureSessions.FACE)
                .findFirst()
                .orElseThrow();
    }
}
