package mx.huella.enrollment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import mx.huella.audit.Actor;
import mx.huella.audit.AuditEntry;
import mx.huella.audit.AuditLog;
import mx.huella.device.Device;
import mx.huella.device.DeviceKind;
import mx.huella.device.DeviceRegistry;
import mx.huella.engine.fingerprint.FingerPosition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The capture-station channel: an operator assigns an open session to a registered station, and the
 * station then sends samples into it (and only into sessions assigned to it), each recorded with the
 * station as the actor. The operator's page shows them arrive.
 */
@Service
public class CaptureStations {
    static final String CHANNEL = "STATION";
    private final JdbcClient jdbc;
    private final DeviceRegistry devices;
    private final CaptureSessions captureSessions;
    private final AuditLog audit;
    private final java.time.Clock clock;

    CaptureStations(
            JdbcClient jdbc,
            DeviceRegistry devices,
            CaptureSessions captureSessions,
            AuditLog audit,
            java.time.Clock clock) {
        this.jdbc = jdbc;
        this.devices = devices;
        this.captureSessions = captureSessions;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a station is asked to capture. */
    public record Assignment(UUID sessionId, List<Integer> fingersNeeded, boolean faceNeeded) {}

    /** Assigns an open session to an institute station (replacing any other); null unassigns it. */
    @Transactional
    public void assign(UUID sessionId, UUID stationId, Actor operator) {
        assign(sessionId, stationId, null, operator);
    }

    /**
     * Assigns an open session to a station on the premises the operator captures at (an employer's RFC,
     * or null for the institute's); a station elsewhere is refused as no capture station of theirs.
     */
    @Transactional
    public void assign(UUID sessionId, UUID stationId, String premises, Actor operator) {
        // Nor may a station elsewhere be taken off the session: premises change only their own stations.
        stationOf(sessionId)
                .flatMap(devices::find)
                .filter(current -> !current.ownedBy(premises))
                .ifPresent(current -> {
                    throw new EnrollmentException(
                            EnrollmentException.Problem.NOT_A_CAPTURE_STATION, "the session's station is not yours");
                });
        if (stationId != null) {
            devices.find(stationId)
                    .filter(d -> d.kind() == DeviceKind.CAPTURE_STATION && d.active() && d.ownedBy(premises))
                    .orElseThrow(() -> new EnrollmentException(
                            EnrollmentException.Problem.NOT_A_CAPTURE_STATION, "no active capture station"));
        }
        SessionProgress progress = captureSessions.progress(sessionId);
        if (progress.state() != SessionState.OPEN) {
            throw new EnrollmentException(
                    EnrollmentException.Problem.SESSION_CLOSED, "session " + sessionId + " was submitted");
        }
        jdbc.sql("update enrollment.session set station_id = :station where id = :id and state = 'OPEN'")
                .param("station", stationId)
                .param("id", sessionId)
                .update();
        audit.record(new AuditEntry(
                clock.instant(),
                operator.name(),
                "CAPTURE_STATION_ASSIGNED",
                sessionId.toString(),
                stationId == null ? "NONE" : stationId.toString(),
                operator.channel()));
    }

    @Transactional(readOnly = true)
    public Optional<UUID> stationOf(UUID sessionId) {
        return jdbc.sql("select station_id from enrollment.session where id = :id")
                .param("id", sessionId)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, UUID.class)))
                .optional()
                .flatMap(o -> o);
    }

    /** The open sessions assigned to this station, with what each still needs. */
    @Transactional(readOnly = true)
    public List<Assignment> work(Device station) {
        List<UUID> sessions = jdbc.sql(
                        "select id from enrollment.session where station_id = :station and state = 'OPEN' order by opened_at")
                .param("station", station.id())
                .query(UUID.class)
                .list();
        return sessions.stream()
                .map(id -> {
                    SessionProgress progress = captureSessions.progress(id);
                    List<Integer> fingers = progress.positions().stream()
                            .filter(p -> p.position() != CaptureSessions.FACE
                                    && !p.usable()
                                    && p.exception() == null
                                    && p.attempts() < CaptureSessions.MAX_ATTEMPTS)
                            .map(SessionProgress.Position::position)
                            .toList();
                    return new Assignment(id, fingers, !progress.usableFace());
                })
                .toList();
    }

    public CaptureSessions.CaptureFeedback finger(
            Device station, UUID sessionId, FingerPosition position, byte[] file) {
        requireAssigned(station, sessionId);
        return captureSessions.captureFinger(sessionId, position, file, new Actor(station.actorName(), CHANNEL));
    }

    public CaptureSessions.CaptureFeedback face(Device station, UUID sessionId, byte[] photo) {
        requireAssigned(station, sessionId);
        return captureSessions.captureFace(sessionId, photo, new Actor(station.actorName(), CHANNEL));
    }

    private void requireAssigned(Device station, UUID sessionId) {
        if (!stationOf(sessionId).filter(station.id()::equals).isPresent()) {
            // Another station's or an unassigned session is answered as not found: no probing for sessions.
            throw new EnrollmentException(EnrollmentException.Problem.SESSION_NOT_FOUND, "no session " + sessionId);
        }
    }
}
