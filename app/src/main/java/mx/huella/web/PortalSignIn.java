package mx.huella.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Starts a portal session for someone a module signed in by its own means (an employer's e.firma,
 * an insured person's password): a new session id, so that a session fixed by someone else before is
 * worth nothing after, and the principal with its one authority.
 */
public final class PortalSignIn {
    /** The name of the portal's session cookie (application.properties sets it). */
    public static final String SESSION_COOKIE = "HUELLA_SESSION";

    private static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

    private PortalSignIn() {}

    public static void establish(
            Object principal, String authority, HttpServletRequest request, HttpServletResponse response) {
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, List.of(new SimpleGrantedAuthority(authority))));
        SecurityContextHolder.setContext(context);
        CONTEXTS.saveContext(context, request, response);
    }

    /** Drops the session cookie, for a session that has ended, so that the next page loads without it. */
    public static void dropSessionCookie(HttpServletRequest request, HttpServletResponse response) {
        Cookie gone = new Cookie(SESSION_COOKIE, "");
        gone.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        gone.setMaxAge(0);
        gone.setHttpOnly(true);
        response.addCookie(gone);
    }
}
