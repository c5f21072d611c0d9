package mx.huella.staff;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Sends a signed-in holder of a one-time password to the password page until they choose their own. */
class PasswordChangeDueFilter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean due = authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> StaffUserDetailsService.PASSWORD_CHANGE_DUE.equals(a.getAuthority()));
        if (due && "GET".equals(request.getMethod()) && !StaffSecurity.isPasswordPage(request) && !isAsset(request)) {
            response.sendRedirect(request.getContextPath() + "/account/password");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isAsset(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/webjars/")
                || path.equals("/logout");
    }
}
