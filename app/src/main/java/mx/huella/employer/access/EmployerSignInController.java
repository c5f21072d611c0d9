package mx.huella.employer.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Base64;
import java.util.UUID;
import mx.huella.employer.efirma.EfirmaException;
import mx.huella.web.PortalSignIn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The employer sign-in page. The e.firma form never sends the key or its password: the page's script
 * decrypts the .key in the browser, signs the challenge and sends only the certificate and the
 * signature. Delegates sign in with user name, password and the code of their authenticator app.
 */
@Controller
class EmployerSignInController {
    static final String CHALLENGE_ATTRIBUTE = EmployerSignInController.class.getName() + ".challenge";
    private static final int MAX_CERTIFICATE_BASE64 = 16 * 1024;
    private final EmployerSignIn signIn;

    EmployerSignInController(EmployerSignIn signIn) {
        this.signIn = signIn;
    }

    @GetMapping("/empresa/login")
    String page(Model model, HttpSession session) {
        EmployerSignIn.Challenge challenge = signIn.challenge();
        session.setAttribute(CHALLENGE_ATTRIBUTE, challenge.id());
        model.addAttribute("challenge", challenge);
        return "employer/sign-in";
    }

    @PostMapping("/empresa/login/efirma")
    String efirma(
            @RequestParam(defaultValue = "") String challengeId,
            @RequestParam(defaultValue = "") String certificate,
            @RequestParam(defaultValue = "") String signature,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            UUID expected = (UUID) request.getSession().getAttribute(CHALLENGE_ATTRIBUTE);
            UUID sent = parseUuid(challengeId);
            // The challenge must be the one this browser session was given.
            UUID bound = expected != null && expected.equals(sent) ? sent : null;
            EmployerUser user = signIn.withEfirma(
                    bound,
                    decode(certificate, MAX_CERTIFICATE_BASE64),
                    decode(signature, 2048),
                    request.getRemoteAddr());
            establish(user, request, response);
            return "redirect:/empresa";
        } catch (EfirmaException e) {
            model.addAttribute("efirmaRefusal", e.refusal().name());
            return page(model, request.getSession());
        }
    }

    @PostMapping("/empresa/login/delegado")
    String delegate(
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            establish(signIn.asDelegate(username, password, code, request.getRemoteAddr()), request, response);
            return "redirect:/empresa";
        } catch (EmployerSignIn.DelegateSignInException e) {
            model.addAttribute("delegateRefusal", e.refusal().name());
            model.addAttribute("username", username);
            return page(model, request.getSession());
        }
    }

    private static void establish(EmployerUser user, HttpServletRequest request, HttpServletResponse response) {
        PortalSignIn.establish(user, user.authority(), request, response);
        request.getSession().removeAttribute(CHALLENGE_ATTRIBUTE);
    }

    private static UUID parseUuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] decode(String base64, int limit) {
        if (base64.length() > limit) {
            return new byte[0];
        }
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }
}
