package mx.huella.insured;

import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The public page the Constancia's QR code leads to, and the check of a copy, byte for byte. */
@Controller
class ConstanciaVerificationController {
    static final long MAX_COPY_BYTES = 5 * 1024 * 1024;
    private final Constancias constancias;

    ConstanciaVerificationController(Constancias constancias) {
        this.constancias = constancias;
    }

    @GetMapping("/constancias/{folio}")
    String check(@PathVariable String folio, Model model) {
        model.addAttribute("folio", folio);
        model.addAttribute("check", constancias.check(folio).orElse(null));
        return "insured/constancia-check";
    }

    @PostMapping("/constancias/copia")
    String copy(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        var folio = file.getSize() > MAX_COPY_BYTES
                ? java.util.Optional.<String>empty()
                : constancias.folioOfCopy(file.getBytes());
        model.addAttribute("copyChecked", true);
        model.addAttribute("folio", folio.orElse(""));
        model.addAttribute("check", folio.flatMap(constancias::check).orElse(null));
        return "insured/constancia-check";
    }
}
