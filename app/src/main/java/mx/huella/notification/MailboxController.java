package mx.huella.notification;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The development mailbox: what the portal sent, readable when no SMTP server is configured. */
@Controller
class MailboxController {
    private static final int PAGE = 100;
    private final Outbox outbox;
    private final MailDelivery delivery;

    MailboxController(Outbox outbox, MailDelivery delivery) {
        this.outbox = outbox;
        this.delivery = delivery;
    }

    @GetMapping("/dev/mailbox")
    @PreAuthorize("hasRole('ADMIN')")
    String mailbox(@RequestParam(required = false) String to, Model model) {
        if (!(delivery instanceof DevelopmentMailbox)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("to", to == null || to.isBlank() ? null : to.strip());
        model.addAttribute("messages", outbox.recent(to == null || to.isBlank() ? null : to.strip(), PAGE));
        return "notification/mailbox";
    }
}
