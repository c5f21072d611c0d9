package mx.huella.signature;

import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The public check of a signature's evidence (and, when given, of the signed document) on a page. */
@Controller
class SignaturePagesController {
    private final SignatureEvidence evidence;

    SignaturePagesController(SignatureEvidence evidence) {
        this.evidence = evidence;
    }

    @GetMapping("/firmas/verificacion")
    String page() {
        return "signature/verify";
    }

    @PostMapping("/firmas/verificacion")
    String checkPage(
            @RequestParam(defaultValue = "") String evidence,
            @RequestParam(name = "document", required = false) MultipartFile document,
            Model model)
            throws IOException {
        model.addAttribute(
                "check",
                this.evidence.check(evidence, document == null || document.isEmpty() ? null : document.getBytes()));
        return "signature/verify";
    }
}
