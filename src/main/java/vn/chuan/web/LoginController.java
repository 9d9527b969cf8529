package vn.chuan.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.chuan.security.LastUsername;

@Controller
class LoginController {

    @GetMapping("/dang-nhap")
    String login(Authentication authentication,
            @RequestParam(name = "loi", required = false) String error,
            HttpSession session, Model model) {
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        if (error != null) {
            // One sentence whatever the reason (wrong password, unknown name, disabled, throttled): it tells no one which names exist.
            model.addAttribute("loginError", "login.error.sai");
        }
        model.addAttribute("lastUsername", LastUsername.take(session));
        return "login";
    }
}
