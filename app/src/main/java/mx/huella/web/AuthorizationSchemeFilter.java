package mx.huella.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls that carry {@code Authorization: <scheme> <credentials>} for one scheme
 * (a device's, an employer's bearer token): the subclass resolves the credentials to a principal and
 * its one authority, or writes the refusal; other requests pass untouched.
 */
public abstract class AuthorizationSchemeFilter extends OncePerRequestFilter {
    private final String scheme;

    /** Who the credentials name, and the one authority they carry. */
    public record Authenticated(Object principal, String authority) {}

    protected AuthorizationSchemeFilter(String scheme) {
        this.scheme = scheme + " ";
    }

    /**
     * @return who the credentials name, or null after the refusal was written to the response
     */
    protected abstract Authenticated authenticate(
            String credentials, HttpServletRequest request, HttpServletResponse response) throws IOException;

    @Override
    protected final void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, scheme, 0, scheme.length())) {
            chain.doFilter(request, response);
            return;
        }
        Authenticated authenticated =
                authenticate(header.substring(scheme.length()).strip(), request, response);
        if (authenticated == null) {
            return;
        }
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        authenticated.principal(),
                        null,
                        List.of(new SimpleGrantedAuthority(authenticated.authority()))));
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
