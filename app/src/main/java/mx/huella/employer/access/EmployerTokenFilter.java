package mx.huella.employer.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import mx.huella.web.AuthorizationSchemeFilter;

/**
 * Authenticates API calls with {@code Authorization: Bearer <token>} as the employer (or delegate)
 * the token was issued to; an unknown or expired token is answered 401 through the given responder.
 */
class EmployerTokenFilter extends AuthorizationSchemeFilter {
    /** Writes the 401 problem. */
    interface Refusal {
        void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    private final EmployerTokens tokens;
    private final Refusal refusal;

    EmployerTokenFilter(EmployerTokens tokens, Refusal refusal) {
        super("Bearer");
        this.tokens = tokens;
        this.refusal = refusal;
    }

    @Override
    protected Authenticated authenticate(String credentials, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<EmployerUser> user = tokens.holder(credentials);
        if (user.isEmpty()) {
            refusal.refuse(request, response);
            return null;
        }
        return new Authenticated(user.get(), user.get().authority());
    }
}
