package mx.huella.insured;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import mx.huella.employer.EmploymentDirectory;
import mx.huella.enrollment.BiometricStatusLedger;
import mx.huella.restriction.Restrictions;
import mx.huella.verification.VerificationException;
import mx.huella.verification.VerificationService;
import mx.huella.web.PortalSignIn;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The insured person's portal: sign-in with CURP and password (an account is opened with a matching
 * fingerprint), status and restriction, who verified them, employers, and the Constancia, which needs
 * a fingerprint step-up within the last {@link #STEP_UP} minutes.
 */
@Controller
class InsuredPortalController {
    static final Duration STEP_UP = Duration.ofMinutes(5);
    static final String STEP_UP_ATTRIBUTE = InsuredPortalController.class.getName() + ".stepUp";
    private final InsuredAccounts accounts;
    private final VerificationService verifications;
    private final BiometricStatusLedger enrollments;
    private final Restrictions restrictions;
    private final EmploymentDirectory employments;
    private final Constancias constancias;
    private final Clock clock;

    private final mx.huella.seal.PublicAddress portal;

    InsuredPortalController(
            InsuredAccounts accounts,
            VerificationService verifications,
            BiometricStatusLedger enrollments,
            Restrictions restrictions,
            EmploymentDirectory employments,
            Constancias constancias,
            mx.huella.seal.PublicAddress portal,
            Clock clock) {
        this.portal = portal;
        this.accounts = accounts;
        this.verifications = verifications;
        this.enrollments = enrollments;
        this.restrictions = restrictions;
        this.employments = employments;
        this.constancias = constancias;
        this.clock = clock;
    }

    @GetMapping("/asegurado/login")
    String signInPage() {
        return "insured/sign-in";
    }

    @PostMapping("/asegurado/login")
    String signIn(
            @RequestParam(defaultValue = "") String curp,
            @RequestParam(defaultValue = "") String password,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            InsuredUser user = accounts.signIn(curp, password);
            PortalSignIn.establish(user, InsuredUser.ROLE, request, response);
            return "redirect:/asegurado";
        } catch (InsuredAccounts.InsuredException e) {
            model.addAttribute("refusal", e.refusal().name());
            model.addAttribute("curp", curp);
            return "insured/sign-in";
        }
    }

    @GetMapping("/asegurado/registro")
    String openPage() {
        return "insured/open";
    }

    @PostMapping("/asegurado/registro")
    String open(
            @RequestParam(defaultValue = "") String curp,
            @RequestParam(defaultValue = "") String nss,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "1") int position,
            @RequestParam("finger") MultipartFile finger,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model)
            throws IOException {
        try {
            InsuredUser user =
                    accounts.open(curp, nss, password, Map.of(position, finger.getBytes()), request.getRemoteAddr());
            PortalSignIn.establish(user, InsuredUser.ROLE, request, response);
            return "redirect:/asegurado";
        } catch (InsuredAccounts.InsuredException e) {
            model.addAttribute("refusal", e.refusal().name());
        } catch (VerificationException e) {
            model.addAttribute("refusal", "VERIFICATION_" + e.problem().name());
        }
        model.addAttribute("curp", curp);
        model.addAttribute("nss", nss);
        return "insured/open";
    }

    @GetMapping("/asegurado")
    String home(@AuthenticationPrincipal InsuredUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("status", enrollments.status(user.personId()));
        model.addAttribute("history", enrollments.history(user.personId()));
        model.addAttribute("restriction", restrictions.of(user.personId()));
        model.addAttribute("employments", employments.of(user.personId()));
        model.addAttribute("attempts", verifications.attemptsAbout(user.personId(), 20));
        return "insured/home";
    }

    @GetMapping("/asegurado/verificar")
    String stepUpPage(@RequestParam(defaultValue = "constancia") String next, Model model) {
        model.addAttribute("next", next);
        return "insured/step-up";
    }

    @PostMapping("/asegurado/verificar")
    String stepUp(
            @RequestParam(defaultValue = "1") int position,
            @RequestParam(name = "finger", required = false) MultipartFile finger,
            @RequestParam(name = "face", required = false) MultipartFile face,
            @RequestParam(defaultValue = "constancia") String next,
            @AuthenticationPrincipal InsuredUser user,
            HttpServletRequest request,
            Model model)
            throws IOException {
        try {
            boolean byFace = face != null && !face.isEmpty();
            VerificationService.Result result = verifications.verify(
                    user.curp(),
                    byFace || finger == null || finger.isEmpty() ? Map.of() : Map.of(position, finger.getBytes()),
                    byFace ? face.getBytes() : null,
                    new VerificationService.Context(
                            "WEB", null, user.toString(), user + "@" + request.getRemoteAddr()));
            if (result.decision() == VerificationService.Decision.MATCH) {
                request.getSession().setAttribute(STEP_UP_ATTRIBUTE, clock.instant());
                return "redirect:/asegurado/" + ("constancia".equals(next) ? "constancia" : "");
            }
            model.addAttribute("refusal", "NO_MATCH");
        } catch (VerificationException e) {
            model.addAttribute("refusal", e.problem().name());
        }
        model.addAttribute("next", next);
        return "insured/step-up";
    }

    @GetMapping("/asegurado/constancia")
    Object constancia(@AuthenticationPrincipal InsuredUser user, HttpSession session, Model model) {
        // A restricted person is told why at once, not asked for a fingerprint first.
        var restriction = restrictions.of(user.personId());
        if (restriction.blocksProcedures()) {
            model.addAttribute("restriction", restriction);
            return "insured/refused";
        }
        Instant steppedUp = (Instant) session.getAttribute(STEP_UP_ATTRIBUTE);
        if (steppedUp == null || steppedUp.plus(STEP_UP).isBefore(clock.instant())) {
            return "redirect:/asegurado/verificar?next=constancia";
        }
        try {
            Constancias.Issued issued = constancias.issue(user.personId(), portal.base());
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_PDF)
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            "attachment; filename=\"constancia-" + issued.folio() + ".pdf\"")
                    .body(issued.pdf());
        } catch (Constancias.Refused refused) {
            model.addAttribute("restriction", refused.restriction());
            return "insured/refused";
        }
    }
}
