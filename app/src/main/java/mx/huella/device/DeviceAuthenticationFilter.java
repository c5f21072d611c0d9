package mx.huella.device;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import mx.huella.web.AccessProblem;
import mx.huella.web.AuthorizationSchemeFilter;
import mx.huella.web.Problems;

/**
 * Authenticates API calls that carry {@code Authorization: Device <id>:<secret>}; the request then
 * acts as the device, with the authority of its kind only. A refused device gets a problem (a
 * lockout told apart from a wrong credential).
 */
class DeviceAuthenticationFilter extends AuthorizationSchemeFilter {
    private final DeviceRegistry registry;
    private final Problems problems;

    DeviceAuthenticationFilter(DeviceRegistry registry, Problems problems) {
        super("Device");
        this.registry = registry;
        this.problems = problems;
    }

    @Override
    protected Authenticated authenticate(String credentials, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        int colon = credentials.indexOf(':');
        UUID id;
        try {
            id = UUID.fromString(colon < 0 ? credentials : credentials.substring(0, colon));
        } catch (IllegalArgumentException e) {
            problems.write(request, response, AccessProblem.UNAUTHENTICATED);
            return null;
        }
        DeviceRegistry.Authentication result =
                registry.authenticate(id, colon < 0 ? null : credentials.substring(colon + 1));
        if (result.device().isEmpty()) {
            problems.write(
                    request,
                    response,
                    result.refusal().orElseThrow() == DeviceRegistry.Refusal.LOCKED
                            ? AccessProblem.LOCKED
                            : AccessProblem.UNAUTHENTICATED);
            return null;
        }
        Device device = result.device().get();
        return new Authenticated(device, device.kind().authority());
    }
}
