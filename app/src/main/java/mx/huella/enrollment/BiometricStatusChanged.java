package mx.huella.enrollment;

import java.util.UUID;

/** A person's biometric status changed; other modules (employers, restrictions) react to it. */
public record BiometricStatusChanged(UUID personId, BiometricStatus status) {}
