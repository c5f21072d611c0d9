package mx.huella.employer.compliance;

import mx.huella.employer.access.EmployerUser;
import mx.huella.employer.movement.BiometricDeadlines;
import mx.huella.employer.movement.EmploymentQueries;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The employer portal's compliance at a glance, and each registro's workers with their biometric status. */
@Controller
class CompliancePagesController {
    private final Compliance compliance;
    private final EmploymentQueries queries;
    private final BiometricDeadlines deadlines;

    CompliancePagesController(Compliance compliance, EmploymentQueries queries, BiometricDeadlines deadlines) {
        this.compliance = compliance;
        this.queries = queries;
        this.deadlines = deadlines;
    }

    @GetMapping("/empresa")
    String dashboard(@AuthenticationPrincipal EmployerUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("registros", compliance.byRegistro(user.access()));
        return "employer/dashboard";
    }

    @GetMapping("/empresa/registros/{registro}")
    String registro(
            @PathVariable String registro,
            @RequestParam(defaultValue = "all") String show,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal EmployerUser user,
            Model model) {
        model.addAttribute("user", user);
        model.addAttribute("registro", queries.registro(registro, user.access()).registro());
        model.addAttribute("workers", compliance.workers(registro, user.access(), WorkerList.Filter.of(show), page));
        model.addAttribute("filters", WorkerList.Filter.values());
        model.addAttribute("deadlines", deadlines);
        return "employer/registro";
    }
}
