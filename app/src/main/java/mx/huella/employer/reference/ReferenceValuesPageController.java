package mx.huella.employer.reference;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import mx.huella.audit.Actor;
import mx.huella.employer.registration.EmployerException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The UMA and minimum-wage table for the institute's staff; administrators add values here. */
@Controller
class ReferenceValuesPageController {
    private final ReferenceValues values;

    ReferenceValuesPageController(ReferenceValues values) {
        this.values = values;
    }

    @GetMapping("/reference-values")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'SUPERVISOR', 'ANALYST', 'AUDITOR')")
    String table(Model model) {
        model.addAttribute("values", values.all());
        model.addAttribute("stale", values.staleToday());
        model.addAttribute("kinds", ReferenceValues.Kind.values());
        return "employer/reference-values";
    }

    @PostMapping("/reference-values")
    @PreAuthorize("hasRole('ADMIN')")
    String add(
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String validFrom,
            @RequestParam(defaultValue = "") String dailyAmount,
            @RequestParam(defaultValue = "") String source,
            @RequestParam(defaultValue = "false") boolean confirmUnusual,
            @RequestParam(defaultValue = "false") boolean correction,
            Principal principal,
            Model model,
            RedirectAttributes redirect) {
        try {
            values.add(
                    kind,
                    date(validFrom),
                    amount(dailyAmount),
                    source,
                    confirmUnusual,
                    correction,
                    Actor.web(principal.getName()));
        } catch (EmployerException e) {
            model.addAttribute("refusal", e.problem().slug());
            model.addAttribute("refusedField", e.field());
            return table(model);
        }
        redirect.addFlashAttribute("noticeKey", "referenceValues.added");
        return "redirect:/reference-values";
    }

    /** What the form typed, or null (refused by the table as missing) when it is no date. */
    private static LocalDate date(String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** What the form typed, or null (refused by the table as missing) when it is no amount. */
    private static BigDecimal amount(String text) {
        try {
            return text.isBlank() ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
