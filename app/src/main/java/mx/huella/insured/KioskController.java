package mx.huella.insured;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import mx.huella.device.Device;
import mx.huella.device.DeviceKind;
import mx.huella.device.DeviceRegistry;
import mx.huella.registry.PersonService;
import mx.huella.restriction.Restrictions;
import mx.huella.verification.VerificationException;
import mx.huella.verification.VerificationService;
import mx.huella.web.PortalSignIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The clinic kiosk: full screen, large type, Spanish. The kiosk signs in once as a registered device;
 * a patient is identified by finger (1:N) or verified with NSS and finger, or NSS and face (the kiosk's
 * camera, for worn fingers), and sees their vigencia.
 */
@Controller
class KioskController {
    private final DeviceRegistry devices;
    private final VerificationService verifications;
    private final PersonService persons;
    private final Restrictions restrictions;
    private final Constancias constancias;

    KioskController(
            DeviceRegistry devices,
            VerificationService verifications,
            PersonService persons,
            Restrictions restrictions,
            Constancias constancias) {
        this.devices = devices;
        this.verifications = verifications;
        this.persons = persons;
        this.restrictions = restrictions;
        this.constancias = constancias;
    }

    @GetMapping("/quiosco/login")
    String signInPage() {
        return "insured/kiosk-sign-in";
    }

    @PostMapping("/quiosco/login")
    String signIn(
            @RequestParam(defaultValue = "") String device,
            @RequestParam(defaultValue = "") String secret,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Optional<Device> kiosk;
        try {
            kiosk = devices.authenticate(UUID.fromString(device.strip()), secret.strip())
                    .device()
                    .filter(d -> d.kind() == DeviceKind.KIOSK);
        } catch (IllegalArgumentException e) {
            kiosk = Optional.empty();
        }
        if (kiosk.isEmpty()) {
            model.addAttribute("refused", true);
            return "insured/kiosk-sign-in";
        }
        PortalSignIn.establish(kiosk.get(), DeviceKind.KIOSK.authority(), request, response);
        return "redirect:/quiosco";
    }

    @GetMapping("/quiosco")
    String home() {
        return "insured/kiosk";
    }

    @PostMapping("/quiosco/identificar")
    String identify(
            @RequestParam(defaultValue = "1") int position,
            @RequestParam("finger") MultipartFile finger,
            @AuthenticationPrincipal Device kiosk,
            Model model)
            throws IOException {
        return answer(model, () -> verifications.identify(Map.of(position, finger.getBytes()), context(kiosk)));
    }

    @PostMapping("/quiosco/verificar")
    String verify(
            @RequestParam(defaultValue = "") String nss,
            @RequestParam(defaultValue = "1") int position,
            @RequestParam("finger") MultipartFile finger,
            @AuthenticationPrincipal Device kiosk,
            Model model)
            throws IOException {
        return answer(model, () -> verifications.verify(nss, Map.of(position, finger.getBytes()), context(kiosk)));
    }

    @PostMapping("/quiosco/verificar-rostro")
    String verifyFace(
            @RequestParam(defaultValue = "") String nss,
            @RequestParam("face") MultipartFile face,
            @AuthenticationPrincipal Device kiosk,
            Model model)
            throws IOException {
        return answer(model, () -> verifications.verify(nss, Map.of(), face.getBytes(), context(kiosk)));
    }

    private interface Attempt {
        VerificationService.Result run() throws IOException;
    }

    private String answer(Model model, Attempt attempt) throws IOException {
        try {
            VerificationService.Result result = attempt.run();
            model.addAttribute("decision", result.decision().name());
            result.personId().ifPresent(person -> {
                model.addAttribute("name", persons.get(person).givenNames());
                model.addAttribute("vigente", constancias.vigente(person));
                model.addAttribute("restriction", restrictions.of(person));
            });
        } catch (VerificationException e) {
            model.addAttribute("decision", e.problem().name());
        }
        return "insured/kiosk-result";
    }

    private static VerificationService.Context context(Device kiosk) {
        return new VerificationService.Context("KIOSK", kiosk.label(), kiosk.actorName(), kiosk.actorName());
    }
}
