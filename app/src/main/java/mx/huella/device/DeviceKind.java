package mx.huella.device;

/** What a device does, and so which API it may call. */
public enum DeviceKind {
    /** Sends fingerprint and face samples into the enrollment sessions assigned to it. */
    CAPTURE_STATION,
    /** Identifies patients at a clinic. */
    KIOSK;

    /** The Spring Security authority of a device of this kind, e.g. {@code ROLE_CAPTURE_STATION}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
