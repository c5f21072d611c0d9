package mx.huella.employer;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls with {@code Authorization: Bearer <token>} as the employer (or delegate)
 * the token was issued to; an unknown or expired token is answered 401 through the given responder.
 */
public class EmployerTokenFilter extends OncePerRequestFilter {
    private static final String SCHEME = "Bearer ";

    /** Writes the 401 problem. */
    public interface Refusal {
        void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    private final EmployerTokens tokens;
    private final Refusal refusal;

    public EmployerTokenFilter(EmployerTokens tokens, Refusal refusal) {
        this.tokens = tokens;
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<EmployerUser> user = tokens.holder(header.substring(SCHEME.length()));
        if (user.isEmpty()) {
            refusal.refuse(request, response);
            return;
        }
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        user.get(),
                        null,
                        List.of(new SimpleGrantedAuthority(user.get().authority()))));
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
