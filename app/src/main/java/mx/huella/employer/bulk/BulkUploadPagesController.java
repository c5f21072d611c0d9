package mx.huella.employer.bulk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import mx.huella.audit.Actor;
import mx.huella.employer.MovementException;
import mx.huella.employer.access.EmployerUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Bulk movement files in the employer portal: upload, a progress bar while processed, rejected rows. */
@Controller
class BulkUploadPagesController {
    static final int ERRORS_SHOWN = 200;
    private final BulkUploads uploads;

    BulkUploadPagesController(BulkUploads uploads) {
        this.uploads = uploads;
    }

    @GetMapping("/empresa/registros/{registro}/cargas")
    String form(@PathVariable String registro, @AuthenticationPrincipal EmployerUser user, Model model) {
        model.addAttribute("registro", registro);
        model.addAttribute("uploads", uploads.recent(registro, user.access()));
        model.addAttribute("columns", String.join(",", BulkRow.COLUMNS));
        return "employer/bulk";
    }

    @PostMapping("/empresa/registros/{registro}/cargas")
    String upload(
            @PathVariable String registro,
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "VALID_ONLY") BulkUploads.Mode mode,
            @AuthenticationPrincipal EmployerUser user,
            Model model)
            throws IOException {
        try {
            UUID id = uploads.submit(
                    registro,
                    file.getOriginalFilename(),
                    file.getBytes(),
                    mode,
                    user.access(),
                    user.delegateId(),
                    Actor.web(user.toString()));
            return "redirect:/empresa/cargas/" + id;
        } catch (MovementException e) {
            model.addAttribute("refusal", e);
            return form(registro, user, model);
        }
    }

    @GetMapping("/empresa/cargas/{id}")
    String status(@PathVariable UUID id, @AuthenticationPrincipal EmployerUser user, Model model) {
        progressModel(id, user, model);
        return "employer/bulk-status";
    }

    @GetMapping("/empresa/cargas/{id}/progreso")
    String progress(@PathVariable UUID id, @AuthenticationPrincipal EmployerUser user, Model model) {
        progressModel(id, user, model);
        return "employer/bulk-status :: progress";
    }

    @GetMapping("/empresa/cargas/{id}/errores.csv")
    ResponseEntity<byte[]> errors(@PathVariable UUID id, @AuthenticationPrincipal EmployerUser user) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"rechazos-" + id + ".csv\"")
                .body(uploads.errorsCsv(id, user.access()).getBytes(StandardCharsets.UTF_8));
    }

    private void progressModel(UUID id, EmployerUser user, Model model) {
        BulkUploads.Status status = uploads.status(id, user.access());
        model.addAttribute("upload", status);
        model.addAttribute(
                "errors", status.finished() ? uploads.errors(id, user.access(), ERRORS_SHOWN) : java.util.List.of());
    }
}
