package mx.huella.staff;

import jakarta.servlet.http.HttpServletRequest;
import mx.huella.device.DeviceAuthenticationFilter;
import mx.huella.device.DeviceKind;
import mx.huella.device.DeviceRegistry;
import mx.huella.employer.access.DelegateStandingFilter;
import mx.huella.employer.access.Delegates;
import mx.huella.employer.access.EmployerTokenFilter;
import mx.huella.employer.access.EmployerTokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Two ways in. The portal: form sign-in, a session that times out, CSRF tokens on every change.
 * The API ({@code /api/**}) and metrics: HTTP Basic on every request, no session and therefore no
 * CSRF exposure, failures answered as problem+json. Both share the lockout of {@link SignInAttempts}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {
    /** Each portal's own sign-in page: where a visitor without a session is sent. */
    private static final java.util.Map<String, String> SIGN_IN_PAGES = java.util.Map.of(
            "/empresa/**", "/empresa/login", "/asegurado/**", "/asegurado/login", "/quiosco/**", "/quiosco/login");

    /** Roles of employers signed in with their e.firma and of their delegated HR users. */
    static final String[] EMPLOYER_ROLES = {"EMPLOYER", "EMPLOYER_DELEGATE"};

    /**
     * A request with a session that has ended goes to the sign-in page of the area it was for (an
     * employer to the employer's, not the staff's), the dead cookie dropped so the page then loads.
     */
    private static org.springframework.security.web.session.InvalidSessionStrategy backToOwnSignInExpired() {
        return (request, response) -> {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            String page = SIGN_IN_PAGES.entrySet().stream()
                    .filter(area -> path.startsWith(area.getKey().replace("/**", "/")))
                    .map(java.util.Map.Entry::getValue)
                    .findFirst()
                    .orElse("/login");
            forgetSessionCookie(request, response);
            response.sendRedirect(request.getContextPath() + page + "?expired");
        };
    }

    private static void forgetSessionCookie(
            jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        jakarta.servlet.http.Cookie gone = new jakarta.servlet.http.Cookie("HUELLA_SESSION", "");
        gone.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        gone.setMaxAge(0);
        gone.setHttpOnly(true);
        response.addCookie(gone);
    }

    /** After signing out, each kind of user lands on the sign-in page it came through. */
    private static org.springframework.security.web.authentication.logout.LogoutSuccessHandler backToOwnSignIn() {
        return (request, response, authentication) -> {
            java.util.Set<String> roles = authentication == null
                    ? java.util.Set.of()
                    : authentication.getAuthorities().stream()
                            .map(org.springframework.security.core.GrantedAuthority::getAuthority)
                            .collect(java.util.stream.Collectors.toSet());
            String page;
            if (roles.contains("ROLE_EMPLOYER") || roles.contains("ROLE_EMPLOYER_DELEGATE")) {
                page = "/empresa/login";
            } else if (roles.contains("ROLE_INSURED")) {
                page = "/asegurado/login";
            } else if (roles.contains("ROLE_" + DeviceKind.KIOSK.name())) {
                page = "/quiosco/login";
            } else {
                page = "/login";
            }
            response.sendRedirect(request.getContextPath() + page + "?loggedOut");
        };
    }

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
                    + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            SignInThrottle throttle,
            SecurityProblems problems,
            DeviceRegistry devices,
            EmployerTokens employerTokens,
            Delegates delegates)
            throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .addFilterBefore(new SignInThrottleFilter(throttle, problems), BasicAuthenticationFilter.class)
                .addFilterBefore(
                        new DeviceAuthenticationFilter(
                                devices,
                                (request, response, locked) -> problems.write(
                                        request,
                                        response,
                                        HttpStatus.UNAUTHORIZED,
                                        locked ? "locked" : "unauthenticated")),
                        BasicAuthenticationFilter.class)
                .addFilterBefore(
                        new EmployerTokenFilter(
                                employerTokens,
                                (request, response) ->
                                        problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated")),
                        BasicAuthenticationFilter.class)
                .addFilterAfter(
                        new DelegateStandingFilter(
                                delegates,
                                (request, response) ->
                                        problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated")),
                        BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers(
                                "/api/v1/employer-sessions",
                                "/api/v1/employer-sessions/challenge",
                                "/api/v1/signatures/verification")
                        .permitAll()
                        // Employers' own API: the controllers narrow each call to the caller's registros.
                        .requestMatchers("/api/v1/registros/**", "/api/v1/employments/**", "/api/v1/bulk-uploads/**")
                        .hasAnyRole("ADMIN", "OPERATOR", EMPLOYER_ROLES[0], EMPLOYER_ROLES[1])
                        .requestMatchers("/api/v1/station/**")
                        .hasRole(DeviceKind.CAPTURE_STATION.name())
                        .requestMatchers("/api/v1/kiosk/**")
                        .hasRole(DeviceKind.KIOSK.name())
                        .requestMatchers("/api/v1/signatures")
                        .hasAnyRole("ADMIN", "OPERATOR", "SUPERVISOR", DeviceKind.KIOSK.name())
                        .requestMatchers("/actuator/**")
                        .hasRole(Role.ADMIN.name())
                        .anyRequest()
                        .hasAnyRole(roleNames()))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> problems.write(
                        request,
                        response,
                        HttpStatus.UNAUTHORIZED,
                        e instanceof LockedException ? "locked" : "unauthenticated")))
                .exceptionHandling(errors -> errors.accessDeniedHandler(
                        (request, response, e) -> problems.write(request, response, HttpStatus.FORBIDDEN, "forbidden")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(
                        csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain portalSecurity(
            HttpSecurity http, SignInThrottle throttle, SecurityProblems problems, Delegates delegates)
            throws Exception {
        http.addFilterBefore(new SignInThrottleFilter(throttle, problems), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error")
                        .permitAll()
                        // The employer portal: its own sign-in (e.firma or delegate), its own roles.
                        .requestMatchers("/empresa/login", "/empresa/login/**", "/acuses/verificacion")
                        .permitAll()
                        // The insured persons' portal and the public check of their certificates.
                        .requestMatchers("/asegurado/login", "/asegurado/registro", "/constancias/**")
                        .permitAll()
                        .requestMatchers("/asegurado/**")
                        .hasRole("INSURED")
                        .requestMatchers("/quiosco/login", "/firmas/verificacion")
                        .permitAll()
                        .requestMatchers("/quiosco/**")
                        .hasRole(DeviceKind.KIOSK.name())
                        .requestMatchers("/empresa/**")
                        .hasAnyRole(EMPLOYER_ROLES)
                        // Employer-side capture: the enrollment pages check each person against the delegate's
                        // registros.
                        .requestMatchers("/enrollment/persons/**", "/enrollment/sessions/**")
                        .hasAnyRole("ADMIN", "OPERATOR", "SUPERVISOR", EMPLOYER_ROLES[1])
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/account/password")
                        .authenticated()
                        .anyRequest()
                        .hasAnyRole(roleNames()))
                .formLogin(form ->
                        form.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(signInFailure()))
                .exceptionHandling(
                        errors -> SIGN_IN_PAGES.forEach((area, page) -> errors.defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint(page),
                                PathPatternRequestMatcher.withDefaults().matcher(area))))
                // The session cookie goes too: sent again, the ended session would read as expired.
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessHandler(backToOwnSignIn())
                        .deleteCookies("HUELLA_SESSION"))
                .sessionManagement(session -> session.invalidSessionStrategy(backToOwnSignInExpired()))
                .addFilterAfter(new PasswordChangeDueFilter(), BasicAuthenticationFilter.class)
                // A revoked delegate's session ends at its next request, back to the employer sign-in.
                .addFilterAfter(
                        new DelegateStandingFilter(delegates, (request, response) -> {
                            forgetSessionCookie(request, response);
                            response.sendRedirect(request.getContextPath() + "/empresa/login");
                        }),
                        BasicAuthenticationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(
                                permissions -> permissions.policy("camera=(self), microphone=(), geolocation=()")));
        return http.build();
    }

    private static AuthenticationFailureHandler signInFailure() {
        return (request, response, exception) -> response.sendRedirect(
                request.getContextPath() + (exception instanceof LockedException ? "/login?locked" : "/login?error"));
    }

    private static String[] roleNames() {
        return java.util.Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);
    }

    static boolean isPasswordPage(HttpServletRequest request) {
        return request.getRequestURI().equals(request.getContextPath() + "/account/password");
    }
}
