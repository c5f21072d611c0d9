package mx.huella.employer.access;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import mx.huella.employer.MovementException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The employer's delegated HR users in its portal: listed, created with a first password and TOTP, revoked. */
@Controller
class DelegatePagesController {
    private final Delegates delegates;

    DelegatePagesController(Delegates delegates) {
        this.delegates = delegates;
    }

    @GetMapping("/empresa/delegados")
    String delegates(@AuthenticationPrincipal EmployerUser user, Model model) {
        requireEmployer(user);
        model.addAttribute("delegates", delegates.of(user));
        model.addAttribute("registros", delegates.grantable(user));
        return "employer/delegates";
    }

    @PostMapping("/empresa/delegados")
    String createDelegate(
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String fullName,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String[] registros,
            @RequestParam(defaultValue = "false") boolean mayEnroll,
            @AuthenticationPrincipal EmployerUser user,
            Model model) {
        requireEmployer(user);
        try {
            Set<String> granted = new TreeSet<>(Arrays.asList(registros));
            granted.remove("");
            model.addAttribute("created", delegates.create(user, username, fullName, email, granted, mayEnroll));
        } catch (MovementException e) {
            model.addAttribute("refusal", e);
        }
        return delegates(user, model);
    }

    @PostMapping("/empresa/delegados/{id}/revocacion")
    String revokeDelegate(@PathVariable UUID id, @AuthenticationPrincipal EmployerUser user) {
        requireEmployer(user);
        delegates.revoke(user, id);
        return "redirect:/empresa/delegados";
    }

    private static void requireEmployer(EmployerUser user) {
        if (user.delegate()) {
            throw new AccessDeniedException("only the employer manages delegates");
        }
    }
}
