package mx.huella.employer.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a signed-in delegate's standing again on every request, from its web session or its bearer
 * token: a revoked delegate is refused (and its session ended) at its next request, and a delegate
 * acts with the registros it holds now, not those it held when it signed in. Goes after the filters
 * that authenticate and before authorization.
 */
class DelegateStandingFilter extends OncePerRequestFilter {
    private final Delegates delegates;
    private final EmployerTokenFilter.Refusal refusal;

    DelegateStandingFilter(Delegates delegates, EmployerTokenFilter.Refusal refusal) {
        this.delegates = delegates;
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !(caller.getPrincipal() instanceof EmployerUser user) || !user.delegate()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<EmployerUser> standing = delegates.standing(user);
        if (standing.isEmpty()) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            refusal.refuse(request, response);
            return;
        }
        // For this request only: the session keeps who signed in, its standing is read each time.
        SecurityContext current = SecurityContextHolder.createEmptyContext();
        current.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(standing.get(), null, caller.getAuthorities()));
        SecurityContextHolder.setContext(current);
        chain.doFilter(request, response);
    }
}
