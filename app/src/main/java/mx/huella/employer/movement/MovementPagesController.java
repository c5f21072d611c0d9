package mx.huella.employer.movement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import mx.huella.audit.Actor;
import mx.huella.employer.MovementException;
import mx.huella.employer.access.EmployerUser;
import mx.huella.employer.reference.ReferenceValues;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Movements in the employer portal: altas, an employment with its history, its baja and salary changes, acuses. */
@Controller
class MovementPagesController {
    private final EmploymentQueries queries;
    private final MovementService movements;
    private final AcuseDocument acuses;
    private final ReferenceValues referenceValues;
    private final BiometricDeadlines deadlines;

    MovementPagesController(
            EmploymentQueries queries,
            MovementService movements,
            AcuseDocument acuses,
            ReferenceValues referenceValues,
            BiometricDeadlines deadlines) {
        this.queries = queries;
        this.movements = movements;
        this.acuses = acuses;
        this.referenceValues = referenceValues;
        this.deadlines = deadlines;
    }

    @GetMapping("/empresa/registros/{registro}/alta")
    String altaForm(@PathVariable String registro, @AuthenticationPrincipal EmployerUser user, Model model) {
        Registro checked = queries.registro(registro, user.access());
        model.addAttribute("registro", checked.registro());
        model.addAttribute("bounds", referenceValues.sbcBounds(LocalDate.now(MovementDates.ZONE), checked.zone()));
        model.addAttribute("workerTypes", WorkerType.values());
        model.addAttribute("salaryTypes", SalaryType.values());
        return "employer/alta";
    }

    @PostMapping("/empresa/registros/{registro}/alta")
    String alta(
            @PathVariable String registro,
            @RequestParam(defaultValue = "") String curp,
            @RequestParam(defaultValue = "") String nss,
            @RequestParam(required = false) WorkerType workerType,
            @RequestParam(required = false) SalaryType salaryType,
            @RequestParam(defaultValue = "") String sbc,
            @RequestParam(defaultValue = "") String startDate,
            @RequestParam(defaultValue = "") String key,
            @AuthenticationPrincipal EmployerUser user,
            Model model,
            RedirectAttributes redirect) {
        try {
            Movement movement = movements.hire(
                    registro,
                    new MovementService.Hire(
                            curp,
                            nss,
                            workerType,
                            salaryType,
                            amount(sbc),
                            date("startDate", startDate),
                            formKey(user, key)),
                    user.access(),
                    Actor.web(user.toString()));
            redirect.addFlashAttribute(
                    "noticeKey", movement.pendingBiometrics() ? "employer.alta.pending" : "employer.alta.effective");
            return "redirect:/empresa/empleos/" + movement.employmentId();
        } catch (MovementException e) {
            model.addAttribute("refusal", e);
            model.addAttribute("form", new AltaForm(curp, nss, workerType, salaryType, sbc, startDate));
            return altaForm(registro, user, model);
        }
    }

    record AltaForm(
            String curp, String nss, WorkerType workerType, SalaryType salaryType, String sbc, String startDate) {}

    @GetMapping("/empresa/empleos/{id}")
    String employment(@PathVariable UUID id, @AuthenticationPrincipal EmployerUser user, Model model) {
        Employment employment = queries.employment(id, user.access());
        model.addAttribute("employment", employment);
        model.addAttribute("movements", queries.movements(id, user.access()));
        model.addAttribute("causes", TerminationCause.values());
        model.addAttribute("deadlines", deadlines);
        model.addAttribute("user", user);
        return "employer/employment";
    }

    @PostMapping("/empresa/empleos/{id}/baja")
    String baja(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String endDate,
            @RequestParam(required = false) TerminationCause cause,
            @RequestParam(defaultValue = "") String key,
            @AuthenticationPrincipal EmployerUser user,
            Model model,
            RedirectAttributes redirect) {
        return change(
                id,
                user,
                model,
                redirect,
                "employer.baja.done",
                () -> movements.terminate(
                        id,
                        date("endDate", endDate),
                        cause,
                        user.access(),
                        Actor.web(user.toString()),
                        formKey(user, key)));
    }

    @PostMapping("/empresa/empleos/{id}/salario")
    String salary(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String sbc,
            @RequestParam(defaultValue = "") String effectiveDate,
            @RequestParam(defaultValue = "") String key,
            @AuthenticationPrincipal EmployerUser user,
            Model model,
            RedirectAttributes redirect) {
        return change(
                id,
                user,
                model,
                redirect,
                "employer.salary.done",
                () -> movements.changeSalary(
                        id,
                        amount(sbc),
                        date("effectiveDate", effectiveDate),
                        user.access(),
                        Actor.web(user.toString()),
                        formKey(user, key)));
    }

    private String change(
            UUID id, EmployerUser user, Model model, RedirectAttributes redirect, String notice, Runnable movement) {
        try {
            movement.run();
            redirect.addFlashAttribute("noticeKey", notice);
            return "redirect:/empresa/empleos/" + id;
        } catch (MovementException e) {
            model.addAttribute("refusal", e);
            return employment(id, user, model);
        }
    }

    @GetMapping("/empresa/empleos/{id}/movimientos/{folio}/acuse")
    ResponseEntity<byte[]> acuse(
            @PathVariable UUID id, @PathVariable String folio, @AuthenticationPrincipal EmployerUser user) {
        Movement movement = queries.movements(id, user.access()).stream()
                .filter(m -> m.folio().equals(folio))
                .findFirst()
                .orElseThrow(() -> new MovementException(
                        MovementException.Problem.EMPLOYMENT_NOT_FOUND, null, "no such movement"));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"acuse-" + folio + ".pdf\"")
                .body(acuses.render(queries.employment(id, user.access()), movement));
    }

    // Each form carries a fresh random key, so a double submit files once; scoped to who signed in.
    private static String formKey(EmployerUser user, String key) {
        return key.isBlank() ? null : "web:" + user + ":" + key.strip();
    }

    private static BigDecimal amount(String text) {
        try {
            return text.isBlank() ? null : new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new MovementException(MovementException.Problem.INVALID_FIELD, "sbc", "not an amount");
        }
    }

    private static LocalDate date(String field, String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new MovementException(MovementException.Problem.INVALID_FIELD, field, "not a date (YYYY-MM-DD)");
        }
    }
}
