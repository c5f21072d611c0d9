package mx.huella.employer.access;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mx.huella.web.AccessProblem;
import mx.huella.web.AreaSecurity;
import mx.huella.web.PortalSignIn;
import mx.huella.web.Problems;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.stereotype.Component;

/**
 * Employers and their delegated HR users: bearer tokens on the API, their own sign-in page (e.firma or
 * delegate password) on the portal, and a delegate's standing read again on every request on both.
 */
@Component
@Order(20)
class EmployerSecurity implements AreaSecurity {
    private static final String SIGN_IN_PAGE = "/empresa/login";

    private final EmployerTokens tokens;
    private final Delegates delegates;
    private final Problems problems;

    EmployerSecurity(EmployerTokens tokens, Delegates delegates, Problems problems) {
        this.tokens = tokens;
        this.delegates = delegates;
        this.problems = problems;
    }

    @Override
    public void apiFilters(HttpSecurity http) {
        EmployerTokenFilter.Refusal unauthenticated =
                (request, response) -> problems.write(request, response, AccessProblem.UNAUTHENTICATED);
        http.addFilterBefore(new EmployerTokenFilter(tokens, unauthenticated), BasicAuthenticationFilter.class)
                .addFilterAfter(
                        new DelegateStandingFilter(delegates, unauthenticated), BasicAuthenticationFilter.class);
    }

    @Override
    public void apiAccess(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/api/v1/employer-sessions", "/api/v1/employer-sessions/challenge")
                .permitAll()
                // Employers' own API: the controllers narrow each call to the caller's registros.
                .requestMatchers("/api/v1/registros/**", "/api/v1/employments/**", "/api/v1/bulk-uploads/**")
                .hasAnyAuthority("ROLE_ADMIN", "ROLE_OPERATOR", EmployerUser.EMPLOYER_ROLE, EmployerUser.DELEGATE_ROLE);
    }

    @Override
    public void pageFilters(HttpSecurity http) {
        // A revoked delegate's session ends at its next request, back to the employer sign-in.
        http.addFilterAfter(
                new DelegateStandingFilter(delegates, (request, response) -> {
                    PortalSignIn.dropSessionCookie(request, response);
                    response.sendRedirect(request.getContextPath() + SIGN_IN_PAGE);
                }),
                BasicAuthenticationFilter.class);
    }

    @Override
    public void pageAccess(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(SIGN_IN_PAGE, SIGN_IN_PAGE + "/**", "/acuses/verificacion")
                .permitAll()
                .requestMatchers("/empresa/**")
                .hasAnyAuthority(EmployerUser.EMPLOYER_ROLE, EmployerUser.DELEGATE_ROLE);
    }

    @Override
    public Map<String, String> signInPages() {
        return Map.of("/empresa/**", SIGN_IN_PAGE);
    }

    @Override
    public Optional<String> signInPageOf(Set<String> authorities) {
        return authorities.contains(EmployerUser.EMPLOYER_ROLE) || authorities.contains(EmployerUser.DELEGATE_ROLE)
                ? Optional.of(SIGN_IN_PAGE)
                : Optional.empty();
    }
}
