package mx.huella.employer.compliance;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The ghost-employee signal by employer, for fraud analysts and auditors. */
@Controller
class DuplicateRatePageController {
    private final DuplicateRateReport report;

    DuplicateRatePageController(DuplicateRateReport report) {
        this.report = report;
    }

    @GetMapping("/reports/employer-duplicates")
    @PreAuthorize("hasAnyRole('ANALYST', 'AUDITOR')")
    String page(Model model, java.security.Principal principal) {
        model.addAttribute("report", report.report(mx.huella.audit.Actor.web(principal.getName())));
        model.addAttribute("threshold", DuplicateRateReport.UNUSUAL);
        return "employer/duplicate-rates";
    }
}
