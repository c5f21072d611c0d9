package mx.huella.device;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A registered device as an administrator sees it; never its secret. */
public record Device(
        UUID id,
        DeviceKind kind,
        String label,
        String location,
        Instant registeredAt,
        String registeredBy,
        Optional<Instant> revokedAt,
        Optional<Instant> lastSeenAt,
        Optional<String> ownerRfc)
        implements Serializable {

    /** Whether the device stands on the premises of this organisation (null: the institute's own). */
    public boolean ownedBy(String rfc) {
        return ownerRfc.orElse(null) == null ? rfc == null : ownerRfc.get().equals(rfc);
    }

    public boolean active() {
        return revokedAt.isEmpty();
    }

    /** How a device signs its work in the audit trail. */
    public String actorName() {
        return "device:" + label;
    }

    /** The name Spring Security reports for a request the device makes. */
    @Override
    public String toString() {
        return actorName();
    }
}
