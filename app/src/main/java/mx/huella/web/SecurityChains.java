package mx.huella.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.InvalidSessionStrategy;

/**
 * Two ways in, assembled from what each area contributes ({@link AreaSecurity}). The API
 * ({@code /api/**}) and metrics: credentials on every request, no session and therefore no CSRF
 * exposure, failures answered as problem+json. The pages: a session that times out, CSRF tokens on
 * every change, each area's own sign-in page. What is common to all lives here: the public resources,
 * the headers, sign-out and ended sessions.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityChains {
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
                    + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http, ObjectProvider<AreaSecurity> areas, FrontDoor frontDoor, Problems problems)
            throws Exception {
        List<AreaSecurity> ordered = areas.orderedStream().toList();
        http.securityMatcher("/api/**", "/actuator/**");
        for (AreaSecurity area : ordered) {
            area.apiFilters(http);
        }
        http.authorizeHttpRequests(rules -> {
                    rules.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                            .permitAll();
                    ordered.forEach(area -> area.apiAccess(rules));
                    frontDoor.otherRequests(rules);
                })
                .exceptionHandling(errors -> errors.accessDeniedHandler(
                        (request, response, e) -> problems.write(request, response, AccessProblem.FORBIDDEN)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(
                        csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain portalSecurity(HttpSecurity http, ObjectProvider<AreaSecurity> areas, FrontDoor frontDoor)
            throws Exception {
        List<AreaSecurity> ordered = areas.orderedStream().toList();
        Map<String, String> signInPages = new LinkedHashMap<>();
        ordered.forEach(area -> signInPages.putAll(area.signInPages()));
        for (AreaSecurity area : ordered) {
            area.pageFilters(http);
        }
        http.authorizeHttpRequests(rules -> {
                    rules.requestMatchers("/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error")
                            .permitAll();
                    ordered.forEach(area -> area.pageAccess(rules));
                    rules.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                            .permitAll();
                    frontDoor.otherRequests(rules);
                })
                .exceptionHandling(
                        errors -> signInPages.forEach((area, page) -> errors.defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint(page),
                                PathPatternRequestMatcher.withDefaults().matcher(area))))
                // The session cookie goes too: sent again, the ended session would read as expired.
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessHandler(backToOwnSignIn(ordered, frontDoor))
                        .deleteCookies(PortalSignIn.SESSION_COOKIE))
                .sessionManagement(
                        session -> session.invalidSessionStrategy(backToOwnSignInExpired(signInPages, frontDoor)))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(
                                permissions -> permissions.policy("camera=(self), microphone=(), geolocation=()")));
        return http.build();
    }

    /** After signing out, each kind of user lands on the sign-in page it came through. */
    private static LogoutSuccessHandler backToOwnSignIn(List<AreaSecurity> areas, FrontDoor frontDoor) {
        return (request, response, authentication) -> {
            Set<String> authorities = authentication == null
                    ? Set.of()
                    : authentication.getAuthorities().stream()
                            .map(GrantedAuthority::getAuthority)
                            .collect(Collectors.toSet());
            String page = areas.stream()
                    .flatMap(area -> area.signInPageOf(authorities).stream())
                    .findFirst()
                    .orElse(frontDoor.signInPage());
            response.sendRedirect(request.getContextPath() + page + "?loggedOut");
        };
    }

    /**
     * A request with a session that has ended goes to the sign-in page of the area it was for (an
     * employer to the employer's, not the staff's), the dead cookie dropped so the page then loads.
     */
    private static InvalidSessionStrategy backToOwnSignInExpired(Map<String, String> signInPages, FrontDoor frontDoor) {
        return (request, response) -> {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            String page = signInPages.entrySet().stream()
                    .filter(area -> path.startsWith(area.getKey().replace("/**", "/")))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(frontDoor.signInPage());
            PortalSignIn.dropSessionCookie(request, response);
            response.sendRedirect(request.getContextPath() + page + "?expired");
        };
    }
}
