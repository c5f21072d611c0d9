package mx.huella.device;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls that carry {@code Authorization: Device <id>:<secret>}; the request then
 * acts as the device, with the authority of its kind only. A refused device gets 401 (or 423 while
 * locked) through the given responder, which writes problem+json.
 */
public class DeviceAuthenticationFilter extends OncePerRequestFilter {
    private static final String SCHEME = "Device ";

    /** Writes the refusal; {@code locked} tells a lockout from a wrong credential. */
    public interface Refusals {
        void refuse(HttpServletRequest request, HttpServletResponse response, boolean locked) throws IOException;
    }

    private final DeviceRegistry registry;
    private final Refusals refusals;

    public DeviceAuthenticationFilter(DeviceRegistry registry, Refusals refusals) {
        this.registry = registry;
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            chain.doFilter(request, response);
            return;
        }
        String credentials = header.substring(SCHEME.length()).strip();
        int colon = credentials.indexOf(':');
        UUID id;
        try {
            id = UUID.fromString(colon < 0 ? credentials : credentials.substring(0, colon));
        } catch (IllegalArgumentException e) {
            refusals.refuse(request, response, false);
            return;
        }
        DeviceRegistry.Authentication result =
                registry.authenticate(id, colon < 0 ? null : credentials.substring(colon + 1));
        if (result.device().isEmpty()) {
            refusals.refuse(request, response, result.refusal().orElseThrow() == DeviceRegistry.Refusal.LOCKED);
            return;
        }
        Device device = result.device().get();
        var authentication = new UsernamePasswordAuthenticationToken(
                device, null, List.of(new SimpleGrantedAuthority(device.kind().authority())));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
