package mx.huella.staff;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {
    @GetMapping("/login")
    String signIn() {
        return "staff/login";
    }
}
