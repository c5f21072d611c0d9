package mx.huella.employer.movement;

import java.util.Optional;
import mx.huella.seal.PlatformSeal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public check of a receipt: given its folio and the seal printed on it, says whether the
 * platform sealed exactly that receipt, and shows no personal data (kind, registro, date, state).
 */
@Controller
class AcuseVerificationController {
    private final EmploymentQueries queries;
    private final PlatformSeal seal;

    AcuseVerificationController(EmploymentQueries queries, PlatformSeal seal) {
        this.queries = queries;
        this.seal = seal;
    }

    @GetMapping("/acuses/verificacion")
    String verify(
            @RequestParam(defaultValue = "") String folio, @RequestParam(defaultValue = "") String sello, Model model) {
        model.addAttribute("folio", folio.strip());
        if (folio.isBlank() || sello.isBlank() || folio.length() > 40 || sello.length() > 2000) {
            return "employer/acuse-verify";
        }
        String printed = sello.replaceAll("\\s", "");
        Optional<Movement> movement = queries.movement(folio.strip())
                .filter(m -> m.seal().equals(printed) && seal.verifies(m.canonical(), printed));
        model.addAttribute("checked", true);
        model.addAttribute("movement", movement.orElse(null));
        model.addAttribute(
                "registro", movement.map(m -> m.canonical().split("\\|")[6]).orElse(null));
        return "employer/acuse-verify";
    }
}
