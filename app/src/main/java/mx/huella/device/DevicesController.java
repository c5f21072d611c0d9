package mx.huella.device;

import java.security.Principal;
import java.util.UUID;
import mx.huella.audit.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators register capture stations and kiosks, see their secret once, and revoke them. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class DevicesController {
    private final DeviceRegistry registry;

    DevicesController(DeviceRegistry registry) {
        this.registry = registry;
    }

    @GetMapping("/devices")
    String list(Model model) {
        model.addAttribute("devices", registry.all());
        model.addAttribute("kinds", DeviceKind.values());
        return "device/list";
    }

    @PostMapping("/devices")
    String register(
            @RequestParam DeviceKind kind,
            @RequestParam String label,
            @RequestParam(defaultValue = "") String location,
            @RequestParam(defaultValue = "") String owner,
            Model model,
            Principal principal) {
        if (label.isBlank() || label.length() > 100) {
            model.addAttribute("labelError", true);
            return list(model);
        }
        DeviceRegistry.Registered registered;
        try {
            registered = registry.register(kind, label, location, owner, Actor.web(principal.getName()));
        } catch (IllegalArgumentException e) {
            model.addAttribute("owner", owner);
            model.addAttribute("ownerError", owner.strip());
            return list(model);
        }
        // Shown on this response only: the secret is not stored and cannot be shown again.
        model.addAttribute("registered", registered);
        return list(model);
    }

    @PostMapping("/devices/{id}/revocation")
    String revoke(@PathVariable UUID id, Principal principal, RedirectAttributes redirect) {
        registry.revoke(id, Actor.web(principal.getName()));
        redirect.addFlashAttribute("noticeKey", "device.revoked");
        return "redirect:/devices";
    }
}
