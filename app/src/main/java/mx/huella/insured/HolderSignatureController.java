package mx.huella.insured;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import mx.huella.signature.SignatureEvidence;
import mx.huella.verification.VerificationException;
import mx.huella.verification.VerificationService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * "Firmar con mi huella": the holder signs a document (a benefit-payment authorization, a bank account
 * for payments) by verifying a finger. The platform returns the signed evidence (JWS) and, for a PDF, the
 * same PDF with the platform's PAdES signature; anyone checks either at {@code /firmas/verificacion}.
 * Nothing of the document is kept, only its SHA-256 in the audit trail.
 */
@Controller
class HolderSignatureController {
    static final List<String> PURPOSES = List.of("INCAPACITY_PAYMENT", "BANK_ACCOUNT", "OTHER");
    private final SignatureEvidence signatures;

    HolderSignatureController(SignatureEvidence signatures) {
        this.signatures = signatures;
    }

    @GetMapping("/asegurado/firmar")
    String page(Model model) {
        model.addAttribute("purposes", PURPOSES);
        return "insured/sign";
    }

    @PostMapping("/asegurado/firmar")
    String sign(
            @AuthenticationPrincipal InsuredUser user,
            @RequestParam("document") MultipartFile document,
            @RequestParam(defaultValue = "OTHER") String purpose,
            @RequestParam(defaultValue = "") String detail,
            @RequestParam(defaultValue = "1") int position,
            @RequestParam("finger") MultipartFile finger,
            HttpServletRequest request,
            Model model)
            throws IOException {
        model.addAttribute("purposes", PURPOSES);
        String stated = PURPOSES.contains(purpose) ? purpose : "OTHER";
        String text = detail.strip();
        if (text.length() > 200) {
            text = text.substring(0, 200);
        }
        try {
            SignatureEvidence.Issued issued = signatures.sign(
                    user.curp(),
                    Map.of(position, finger.getBytes()),
                    document.getBytes(),
                    text.isEmpty() ? stated : stated + ": " + text,
                    new VerificationService.Context(
                            "WEB", null, user.toString(), user + "@" + request.getRemoteAddr()));
            model.addAttribute("issued", issued);
            model.addAttribute("fileName", safeName(document.getOriginalFilename()));
            return "insured/signed";
        } catch (SignatureEvidence.NotSigned e) {
            model.addAttribute("refusal", e.decision());
        } catch (VerificationException e) {
            model.addAttribute("refusal", e.problem().name());
        }
        return "insured/sign";
    }

    private static String safeName(String name) {
        String base = name == null ? "documento" : name.replaceAll("[^A-Za-z0-9._-]", "_");
        return base.isBlank() ? "documento" : base;
    }
}
