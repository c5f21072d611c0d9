package mx.huella.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Lets a signed-in staff member choose a new password; required after a one-time password. */
@Controller
class PasswordController {
    private final StaffService staff;
    private final StaffUserDetailsService users;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordController(StaffService staff, StaffUserDetailsService users) {
        this.staff = staff;
        this.users = users;
    }

    @GetMapping("/account/password")
    String form(Authentication authentication, Model model) {
        model.addAttribute("form", PasswordForm.empty());
        model.addAttribute("due", isDue(authentication));
        return "staff/password";
    }

    @PostMapping("/account/password")
    String change(
            @ModelAttribute("form") PasswordForm form,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        model.addAttribute("due", isDue(authentication));
        if (!form.newPassword().equals(form.confirmation())) {
            model.addAttribute("errorKey", "password.confirmationDiffers");
            return "staff/password";
        }
        try {
            staff.changePassword(authentication.getName(), form.currentPassword(), form.newPassword());
        } catch (PasswordRejectedException e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
            return "staff/password";
        }
        refreshAuthorities(authentication.getName(), request, response);
        redirect.addFlashAttribute("noticeKey", "password.changed");
        return "redirect:/";
    }

    /** The session keeps the authorities of sign-in; after the change it must carry the real roles. */
    private void refreshAuthorities(String username, HttpServletRequest request, HttpServletResponse response) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    private static boolean isDue(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .anyMatch(a -> StaffUserDetailsService.PASSWORD_CHANGE_DUE.equals(a.getAuthority()));
    }
}
