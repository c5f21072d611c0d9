package mx.huella.employer;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class EmployersController {
    private final EmployerService employers;

    EmployersController(EmployerService employers) {
        this.employers = employers;
    }

    @GetMapping("/employers")
    String list(Model model) {
        model.addAttribute("employers", employers.all());
        return "employer/list";
    }
}
