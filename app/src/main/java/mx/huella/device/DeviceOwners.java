package mx.huella.device;

/**
 * Who besides the institute may own a device: another module (employers) says whether an RFC is one
 * of its registered organisations, so that a station is never registered to a stranger.
 */
public interface DeviceOwners {
    /** Whether the RFC (canonical form) names a registered organisation that may own devices. */
    boolean isRegistered(String rfc);
}
