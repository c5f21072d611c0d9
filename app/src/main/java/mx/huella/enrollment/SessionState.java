package mx.huella.enrollment;

/** Where an enrollment session stands; stored by name in {@code enrollment.session.state}. */
public enum SessionState {
    /** Taking captures and finger exceptions; not submitted yet. */
    OPEN,
    /** Submitted: its outcome is recorded and it takes nothing more. */
    SUBMITTED,
    /** Ended, unsubmitted, when the person withdrew consent; a new consent opens a new session. */
    WITHDRAWN
}
