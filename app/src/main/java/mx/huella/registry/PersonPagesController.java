package mx.huella.registry;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import mx.huella.audit.Actor;
import mx.huella.identifier.BirthState;
import mx.huella.identifier.Sex;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The registry's pages: search, detail, and the create/edit form with inline validation. */
@Controller
class PersonPagesController {
    static final List<String> FIELDS = List.of(
            "curp",
            "nss",
            "givenNames",
            "firstSurname",
            "secondSurname",
            "birthDate",
            "sex",
            "birthState",
            "email",
            "phone");
    private static final int PAGE_RESULTS = 50;

    private final PersonService persons;
    private final MessageSource messages;

    PersonPagesController(PersonService persons, MessageSource messages) {
        this.persons = persons;
        this.messages = messages;
    }

    @GetMapping("/persons")
    String search(@RequestParam(name = "q", defaultValue = "") String query, Model model) {
        model.addAttribute("q", query);
        model.addAttribute("results", persons.search(query, PAGE_RESULTS));
        model.addAttribute("total", persons.count());
        return "registry/search";
    }

    @GetMapping("/persons/results")
    String results(@RequestParam(name = "q", defaultValue = "") String query, Model model) {
        model.addAttribute("q", query);
        model.addAttribute("results", persons.search(query, PAGE_RESULTS));
        return "registry/search :: results";
    }

    @GetMapping("/persons/{id}")
    String detail(@PathVariable UUID id, Model model) {
        model.addAttribute("person", persons.get(id));
        return "registry/detail";
    }

    @GetMapping("/persons/new")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    String newPerson(Model model) {
        return form(model, PersonForm.empty(), Map.of(), null);
    }

    @PostMapping("/persons")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    String create(
            @ModelAttribute PersonForm form,
            Principal principal,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        try {
            Person person = persons.register(form.toDraft(), Actor.web(principal.getName()));
            redirect.addFlashAttribute("noticeKey", "person.created");
            return "redirect:/persons/" + person.id();
        } catch (InvalidPersonException e) {
            return form(model, form, messagesByField(e.violations(), locale), null);
        } catch (DuplicatePersonException e) {
            return form(model, form, Map.of(e.field(), List.of(duplicateMessage(e, locale))), null);
        }
    }

    @GetMapping("/persons/{id}/edit")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    String edit(@PathVariable UUID id, Model model) {
        return form(model, PersonForm.of(persons.get(id)), Map.of(), id);
    }

    @PostMapping("/persons/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    String update(
            @PathVariable UUID id,
            @ModelAttribute PersonForm form,
            Principal principal,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        try {
            int version = form.version() == null ? -1 : form.version();
            persons.update(id, version, form.toDraft(), Actor.web(principal.getName()));
            redirect.addFlashAttribute("noticeKey", "person.updated");
            return "redirect:/persons/" + id;
        } catch (InvalidPersonException e) {
            return form(model, form, messagesByField(e.violations(), locale), id);
        } catch (DuplicatePersonException e) {
            return form(model, form, Map.of(e.field(), List.of(duplicateMessage(e, locale))), id);
        } catch (StalePersonException e) {
            model.addAttribute("staleKey", "person.stale");
            return form(model, PersonForm.of(persons.get(id)), Map.of(), id);
        }
    }

    /**
     * Inline validation: the messages for the field just changed and for every field already filled
     * in, swapped into the page out of band by htmx.
     */
    @PostMapping("/persons/check")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    String check(
            @ModelAttribute PersonForm form,
            @org.springframework.web.bind.annotation.RequestHeader(name = "HX-Trigger-Name", defaultValue = "")
                    String changed,
            Locale locale,
            Model model) {
        Map<String, List<String>> all = messagesByField(persons.check(form.toDraft()), locale);
        Map<String, List<String>> shown = new LinkedHashMap<>();
        for (String field : FIELDS) {
            if (field.equals(changed) || form.filled(field)) {
                shown.put(field, all.getOrDefault(field, List.of()));
            }
        }
        model.addAttribute("shown", shown);
        return "registry/fields :: checked";
    }

    private String form(Model model, PersonForm form, Map<String, List<String>> errors, UUID id) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("personId", id);
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("states", BirthState.values());
        return "registry/form";
    }

    private Map<String, List<String>> messagesByField(List<FieldViolation> violations, Locale locale) {
        return violations.stream()
                .collect(Collectors.groupingBy(
                        FieldViolation::field,
                        LinkedHashMap::new,
                        Collectors.mapping(v -> messages.getMessage(v.message(), locale), Collectors.toList())));
    }

    private String duplicateMessage(DuplicatePersonException e, Locale locale) {
        return messages.getMessage("problem.duplicate-person.detail." + e.field(), null, locale);
    }
}
