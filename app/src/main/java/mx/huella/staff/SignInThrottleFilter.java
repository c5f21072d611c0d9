package mx.huella.staff;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import mx.huella.web.AccessProblem;
import mx.huella.web.Problems;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses sign-in attempts (form posts and API credentials) from a client that {@link SignInThrottle} holds back. */
class SignInThrottleFilter extends OncePerRequestFilter {
    private final SignInThrottle throttle;
    private final Problems problems;

    SignInThrottleFilter(SignInThrottle throttle, Problems problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isSignInAttempt(request)) {
            chain.doFilter(request, response);
            return;
        }
        Duration wait = throttle.waitFor(request.getRemoteAddr());
        if (wait.isZero()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, wait.toSeconds());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/login")) {
            response.sendRedirect(request.getContextPath() + "/login?throttled");
            return;
        }
        response.setHeader("Retry-After", String.valueOf(seconds));
        problems.write(request, response, AccessProblem.THROTTLED, seconds);
    }

    private static boolean isSignInAttempt(HttpServletRequest request) {
        boolean formSignIn = "POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + "/login");
        return formSignIn || request.getHeader("Authorization") != null;
    }
}
