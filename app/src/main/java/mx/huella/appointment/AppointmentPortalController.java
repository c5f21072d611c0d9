package mx.huella.appointment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import mx.huella.audit.Actor;
import mx.huella.insured.InsuredUser;
import mx.huella.restriction.Restriction;
import mx.huella.restriction.Restrictions;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Mis citas" in the insured portal: the person's clinic (chosen once), the working days that can be
 * booked, the free times of a day, booking and cancelling. A restricted or suspended person sees the
 * restriction and what to do instead of the calendar.
 */
@Controller
class AppointmentPortalController {
    private final Appointments appointments;
    private final Restrictions restrictions;

    AppointmentPortalController(Appointments appointments, Restrictions restrictions) {
        this.appointments = appointments;
        this.restrictions = restrictions;
    }

    @GetMapping("/asegurado/citas")
    String page(
            @AuthenticationPrincipal InsuredUser user,
            @RequestParam(name = "clinica", required = false) String clinicCode,
            @RequestParam(name = "dia", required = false) String day,
            Model model) {
        Restriction restriction = restrictions.of(user.personId());
        model.addAttribute("restriction", restriction);
        if (restriction.blocksProcedures()) {
            return "appointment/refused";
        }
        Optional<Clinic> assigned = appointments.clinicOf(user.personId());
        Optional<Clinic> clinic =
                assigned.or(() -> Optional.ofNullable(clinicCode).flatMap(appointments::clinic));
        List<LocalDate> days = appointments.bookableDays();
        LocalDate selected = parseDay(day).filter(days::contains).orElse(days.get(0));
        model.addAttribute("appointments", appointments.of(user.personId()));
        model.addAttribute("upcoming", appointments.upcoming(user.personId()));
        model.addAttribute("assigned", assigned.isPresent());
        model.addAttribute("clinics", appointments.clinics());
        model.addAttribute("clinic", clinic.orElse(null));
        model.addAttribute("days", days);
        model.addAttribute("day", selected);
        model.addAttribute(
                "slots", clinic.map(c -> appointments.slots(c.code(), selected)).orElse(List.of()));
        return "appointment/appointments";
    }

    @PostMapping("/asegurado/citas")
    String book(
            @AuthenticationPrincipal InsuredUser user,
            @RequestParam(name = "clinica", defaultValue = "") String clinicCode,
            @RequestParam(name = "inicio", defaultValue = "") String start,
            RedirectAttributes redirect,
            Model model) {
        try {
            LocalDateTime when = LocalDateTime.parse(start);
            appointments.book(user.personId(), clinicCode, when, actor(user));
            redirect.addFlashAttribute("booked", true);
            return "redirect:/asegurado/citas";
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("problem", AppointmentException.Problem.NOT_A_SLOT.titleKey());
        } catch (AppointmentException e) {
            if (e.problem() == AppointmentException.Problem.RESTRICTED) {
                model.addAttribute("restriction", e.restriction());
                return "appointment/refused";
            }
            redirect.addFlashAttribute("problem", e.problem().titleKey());
        }
        return "redirect:/asegurado/citas?clinica=" + urlSafe(clinicCode);
    }

    @PostMapping("/asegurado/citas/{id}/cancelar")
    String cancel(@AuthenticationPrincipal InsuredUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            appointments.cancel(user.personId(), id, actor(user));
            redirect.addFlashAttribute("cancelled", true);
        } catch (AppointmentException e) {
            redirect.addFlashAttribute("problem", e.problem().titleKey());
        }
        return "redirect:/asegurado/citas";
    }

    private static Actor actor(InsuredUser user) {
        return Actor.web(user.toString());
    }

    private static Optional<LocalDate> parseDay(String day) {
        try {
            return Optional.ofNullable(day).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String urlSafe(String code) {
        return code.matches("[A-Z0-9-]{1,20}") ? code : "";
    }
}
