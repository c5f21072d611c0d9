package mx.huella.employer.registration;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import mx.huella.audit.Actor;
import mx.huella.identifier.Rfc;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff's employer pages: every staff member sees the list and each employer; administrators
 * register employers, add registros, move a registro's wage zone and change the contact address. A
 * refusal re-renders the form with what was typed and a message naming the field.
 */
@Controller
class EmployersController {
    private final EmployerService employers;
    private final MessageSource messages;

    EmployersController(EmployerService employers, MessageSource messages) {
        this.employers = employers;
        this.messages = messages;
    }

    /** What the registration form holds, kept when it is refused. */
    record EmployerForm(String rfc, String legalName, String contactEmail, String registro, String wageZone) {
        static final EmployerForm EMPTY = new EmployerForm("", "", "", "", "");
    }

    /** A refusal as the page shows it: the field at fault and a sentence in the page's language. */
    record Refusal(String field, String message) {}

    @GetMapping("/employers")
    String list(Model model) {
        model.addAttribute("employers", employers.all());
        return "employer/list";
    }

    @GetMapping("/employers/new")
    @PreAuthorize("hasRole('ADMIN')")
    String registration(Model model) {
        return registrationPage(model, EmployerForm.EMPTY, null);
    }

    @PostMapping("/employers")
    @PreAuthorize("hasRole('ADMIN')")
    String register(EmployerForm form, Model model, Principal principal, Locale locale, RedirectAttributes redirect) {
        try {
            Rfc rfc = EmployerInput.rfc(form.rfc());
            List<EmployerRegistro> registros =
                    form.registro() == null || form.registro().isBlank()
                            ? List.of()
                            : List.of(new EmployerRegistro(
                                    EmployerInput.registro(form.registro(), "registro"),
                                    EmployerInput.zone(form.wageZone(), "wageZone")));
            EmployerView employer = employers.register(
                    rfc,
                    form.legalName(),
                    EmployerInput.email(form.contactEmail()),
                    registros,
                    Actor.web(principal.getName()));
            redirect.addFlashAttribute("noticeKey", "employers.registered");
            redirect.addFlashAttribute(
                    "warnings",
                    employer.rfc().warnings().stream()
                            .map(w -> w.message(locale))
                            .toList());
            return "redirect:/employers/" + rfc.value();
        } catch (EmployerException refused) {
            return registrationPage(model, form, refusal(refused, locale));
        }
    }

    @GetMapping("/employers/{rfc}")
    String detail(@PathVariable String rfc, Model model) {
        return detailPage(model, existing(rfc), null);
    }

    @PostMapping("/employers/{rfc}/registros")
    @PreAuthorize("hasRole('ADMIN')")
    String addRegistro(
            @PathVariable String rfc,
            @RequestParam(defaultValue = "") String registro,
            @RequestParam(defaultValue = "") String wageZone,
            Model model,
            Principal principal,
            Locale locale,
            RedirectAttributes redirect) {
        EmployerView employer = existing(rfc);
        try {
            employers.addRegistro(
                    employer.rfc(),
                    new EmployerRegistro(
                            EmployerInput.registro(registro, "registro"), EmployerInput.zone(wageZone, "wageZone")),
                    Actor.web(principal.getName()));
        } catch (EmployerException refused) {
            model.addAttribute("typedRegistro", registro);
            return detailPage(model, employer, refusal(refused, locale));
        }
        return done(redirect, employer, "employers.registroAdded");
    }

    @PostMapping("/employers/{rfc}/registros/{registro}/wage-zone")
    @PreAuthorize("hasRole('ADMIN')")
    String changeWageZone(
            @PathVariable String rfc,
            @PathVariable String registro,
            @RequestParam(defaultValue = "") String wageZone,
            Model model,
            Principal principal,
            Locale locale,
            RedirectAttributes redirect) {
        EmployerView employer = existing(rfc);
        try {
            employers.changeWageZone(
                    employer.rfc(),
                    EmployerInput.registro(registro, "registro"),
                    EmployerInput.zone(wageZone, "wageZone"),
                    Actor.web(principal.getName()));
        } catch (EmployerException refused) {
            return detailPage(model, employer, refusal(refused, locale));
        }
        return done(redirect, employer, "employers.zoneChanged");
    }

    @PostMapping("/employers/{rfc}/contact")
    @PreAuthorize("hasRole('ADMIN')")
    String changeContact(
            @PathVariable String rfc,
            @RequestParam(defaultValue = "") String contactEmail,
            Model model,
            Principal principal,
            Locale locale,
            RedirectAttributes redirect) {
        EmployerView employer = existing(rfc);
        try {
            employers.changeContactEmail(
                    employer.rfc(), EmployerInput.email(contactEmail), Actor.web(principal.getName()));
        } catch (EmployerException refused) {
            model.addAttribute("typedContactEmail", contactEmail);
            return detailPage(model, employer, refusal(refused, locale));
        }
        return done(redirect, employer, "employers.contactChanged");
    }

    private String registrationPage(Model model, EmployerForm form, Refusal refusal) {
        model.addAttribute("form", form);
        model.addAttribute("zones", WageZone.values());
        model.addAttribute("refusal", refusal);
        return "employer/new";
    }

    private String detailPage(Model model, EmployerView employer, Refusal refusal) {
        model.addAttribute("employer", employer);
        model.addAttribute("zones", WageZone.values());
        model.addAttribute("refusal", refusal);
        return "employer/detail";
    }

    private static String done(RedirectAttributes redirect, EmployerView employer, String noticeKey) {
        redirect.addFlashAttribute("noticeKey", noticeKey);
        return "redirect:/employers/" + employer.rfc().value();
    }

    private EmployerView existing(String rfc) {
        try {
            return employers.find(EmployerInput.rfc(rfc)).orElseThrow();
        } catch (EmployerException | java.util.NoSuchElementException unknown) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private Refusal refusal(EmployerException refused, Locale locale) {
        String title = messages.getMessage(
                refused.problem().titleKey(), null, refused.problem().slug(), locale);
        // The service names a registro by its place in the list; the form has a single one.
        String field = refused.field().replaceFirst("^registros\\[\\d+]\\.", "");
        return new Refusal(
                field,
                refused.identifierMessage(locale).map(why -> title + ": " + why).orElse(title));
    }
}
