package mx.huella.device;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import mx.huella.web.AuthorizationSchemeFilter;

/**
 * Authenticates API calls that carry {@code Authorization: Device <id>:<secret>}; the request then
 * acts as the device, with the authority of its kind only. A refused device gets the responder's
 * problem (a lockout told apart from a wrong credential).
 */
public class DeviceAuthenticationFilter extends AuthorizationSchemeFilter {
    /** Writes the refusal; {@code locked} tells a lockout from a wrong credential. */
    public interface Refusals {
        void refuse(HttpServletRequest request, HttpServletResponse response, boolean locked) throws IOException;
    }

    private final DeviceRegistry registry;
    private final Refusals refusals;

    public DeviceAuthenticationFilter(DeviceRegistry registry, Refusals refusals) {
        super("Device");
        this.registry = registry;
        this.refusals = refusals;
    }

    @Override
    protected Authenticated authenticate(String credentials, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        int colon = credentials.indexOf(':');
        UUID id;
        try {
            id = UUID.fromString(colon < 0 ? credentials : credentials.substring(0, colon));
        } catch (IllegalArgumentException e) {
            refusals.refuse(request, response, false);
            return null;
        }
        DeviceRegistry.Authentication result =
                registry.authenticate(id, colon < 0 ? null : credentials.substring(colon + 1));
        if (result.device().isEmpty()) {
            refusals.refuse(request, response, result.refusal().orElseThrow() == DeviceRegistry.Refusal.LOCKED);
            return null;
        }
        Device device = result.device().get();
        return new Authenticated(device, device.kind().authority());
    }
}
