package mx.huella.enrollment;

import java.util.List;
import java.util.UUID;

/** Two analysts confirmed that these registry identities belong to one biometric person. */
public record IdentityFraudConfirmed(UUID caseId, List<UUID> personIds) {}
