package mx.huella.staff;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import mx.huella.web.AccessProblem;
import mx.huella.web.FrontDoor;
import mx.huella.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.stereotype.Component;

/**
 * The staff's way in, and the portal's front door: form sign-in on the pages and HTTP Basic on the API,
 * both behind the sign-in throttle and the lockout of {@link SignInAttempts}; whatever no other area
 * claims is for staff roles. First in order, so the throttle sees a request before any other area's
 * credentials filter does.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StaffSecurity implements FrontDoor {
    private static final String SIGN_IN_PAGE = "/login";

    private final SignInThrottle throttle;
    private final Problems problems;

    StaffSecurity(SignInThrottle throttle, Problems problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    public void apiFilters(HttpSecurity http) throws Exception {
        http.addFilterBefore(new SignInThrottleFilter(throttle, problems), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> problems.write(
                        request,
                        response,
                        e instanceof LockedException ? AccessProblem.LOCKED : AccessProblem.UNAUTHENTICATED)));
    }

    @Override
    public void apiAccess(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/actuator/**").hasRole(Role.ADMIN.name());
    }

    @Override
    public void pageFilters(HttpSecurity http) throws Exception {
        http.addFilterBefore(new SignInThrottleFilter(throttle, problems), UsernamePasswordAuthenticationFilter.class)
                .formLogin(form -> form.loginPage(SIGN_IN_PAGE)
                        .defaultSuccessUrl("/", false)
                        .failureHandler(signInFailure()))
                .addFilterAfter(new PasswordChangeDueFilter(), BasicAuthenticationFilter.class);
    }

    @Override
    public void pageAccess(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(SIGN_IN_PAGE)
                .permitAll()
                .requestMatchers("/account/password")
                .authenticated();
    }

    @Override
    public String signInPage() {
        return SIGN_IN_PAGE;
    }

    @Override
    public void otherRequests(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.anyRequest().hasAnyRole(roleNames());
    }

    private static AuthenticationFailureHandler signInFailure() {
        return (request, response, exception) -> response.sendRedirect(
                request.getContextPath() + (exception instanceof LockedException ? "/login?locked" : "/login?error"));
    }

    private static String[] roleNames() {
        return Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);
    }

    static boolean isPasswordPage(HttpServletRequest request) {
        return request.getRequestURI().equals(request.getContextPath() + "/account/password");
    }
}
