package mx.huella.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SessionProgressTest {
    private static final int MINIMUM = 8;
    private static final int MAX_ATTEMPTS = 4;

    @Test
    void sevenUsableFingersAndAUsableFaceCanStillCompleteByExceptionsAfterTheOthersRanOutOfAttempts() {
        SessionProgress progress = session(7, 3, false, face(true, 1));

        assertThat(progress.meetsMinimum(MINIMUM)).isFalse();
        assertThat(progress.canStillComplete(MINIMUM, MAX_ATTEMPTS)).isTrue();
    }

    @Test
    void withoutAFaceInReachSpentFingersCannotMakeUpTheMinimum() {
        SessionProgress progress = session(7, 3, false, face(false, MAX_ATTEMPTS));

        assertThat(progress.canStillComplete(MINIMUM, MAX_ATTEMPTS)).isFalse();
    }

    @Test
    void fingersWithAttemptsLeftCountTowardsTheMinimum() {
        SessionProgress progress = session(7, 3, true, face(false, MAX_ATTEMPTS));

        assertThat(progress.canStillComplete(MINIMUM, MAX_ATTEMPTS)).isTrue();
    }

    @Test
    void aFaceWithAttemptsLeftKeepsTheExceptionRouteOpen() {
        SessionProgress progress = session(2, 8, false, face(false, 2));

        assertThat(progress.canStillComplete(MINIMUM, MAX_ATTEMPTS)).isTrue();
    }

    @Test
    void aUsableFaceWithEveryOtherFingerExcusedMeetsTheMinimum() {
        List<SessionProgress.Position> positions = new ArrayList<>();
        for (int finger = 1; finger <= 10; finger++) {
            boolean usable = finger <= 5;
            positions.add(new SessionProgress.Position(
                    finger,
                    usable ? 1 : MAX_ATTEMPTS,
                    usable ? 60 : 10,
                    usable,
                    usable ? null : "AMPUTATED",
                    !usable,
                    null));
        }
        positions.add(face(true, 1));

        assertThat(progress(positions).meetsMinimum(MINIMUM)).isTrue();
    }

    /** {@code usable} good fingers, then {@code poor} fingers with their attempts left or spent. */
    private static SessionProgress session(
            int usable, int poor, boolean poorHaveAttemptsLeft, SessionProgress.Position face) {
        List<SessionProgress.Position> positions = new ArrayList<>();
        for (int finger = 1; finger <= usable + poor; finger++) {
            boolean good = finger <= usable;
            int attempts = good ? 1 : poorHaveAttemptsLeft ? 2 : MAX_ATTEMPTS;
            positions.add(new SessionProgress.Position(finger, attempts, good ? 60 : 10, good, null, false, null));
        }
        positions.add(face);
        return progress(positions);
    }

    private static SessionProgress.Position face(boolean usable, int attempts) {
        return new SessionProgress.Position(
                CaptureSessions.FACE,
                attempts,
                usable ? 70 : 5,
                usable,
                null,
                false,
                usable ? UUID.randomUUID() : null);
    }

    private static SessionProgress progress(List<SessionProgress.Position> positions) {
        return new SessionProgress(UUID.randomUUID(), UUID.randomUUID(), SessionState.OPEN, null, positions);
    }
}
