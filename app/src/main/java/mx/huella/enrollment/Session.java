package mx.huella.enrollment;

import java.util.UUID;

/** An enrollment session as a submission or capture sees it; {@code outcome} once submitted. */
record Session(UUID id, UUID personId, UUID subjectId, SessionState state, String outcome) {}
