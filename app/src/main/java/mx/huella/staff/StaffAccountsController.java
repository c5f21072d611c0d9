package mx.huella.staff;

import java.security.Principal;
import java.util.Set;
import mx.huella.audit.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Administrators list staff accounts and issue new ones (or reset one) with a one-time password. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class StaffAccountsController {
    private final StaffService staff;

    StaffAccountsController(StaffService staff) {
        this.staff = staff;
    }

    @GetMapping("/staff")
    String list(Model model) {
        model.addAttribute("accounts", staff.accounts());
        model.addAttribute("form", StaffAccountForm.empty());
        model.addAttribute("roles", Role.values());
        return "staff/accounts";
    }

    @PostMapping("/staff")
    String issue(@ModelAttribute("form") StaffAccountForm form, Principal principal, Model model) {
        Set<Role> roles = form.roles() == null ? Set.of() : form.roles();
        try {
            String password = staff.issueAccount(
                    form.username().strip(), form.displayName(), roles, Actor.web(principal.getName()));
            model.addAttribute("issuedUsername", form.username().strip());
            model.addAttribute("issuedPassword", password);
            model.addAttribute("form", StaffAccountForm.empty());
        } catch (IllegalArgumentException e) {
            model.addAttribute("errorKey", roles.isEmpty() ? "staff.error.noRole" : "staff.error.username");
        }
        model.addAttribute("accounts", staff.accounts());
        model.addAttribute("roles", Role.values());
        return "staff/accounts";
    }
}
