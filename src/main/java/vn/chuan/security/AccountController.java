package vn.chuan.security;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chuan.shared.Messages;

/** Tài khoản: a user's own settings — how the papers they print are headed. */
@Controller
class AccountController {

    private final UserAccounts accounts;
    private final Clock clock;

    AccountController(UserAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping("/tai-khoan")
    String page(@AuthenticationPrincipal ChuanUser user, Model model) {
        PaperSettings paper = accounts.paperSettings(user.getUsername());
        model.addAttribute("paper", paper);
        model.addAttribute("preview", paper.heading(user.scopeName(), LocalDate.now(clock)));
        return "account/settings";
    }

    @PostMapping("/tai-khoan/tieu-de")
    String paperHeading(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "coQuanChuQuan", required = false) String superior,
            @RequestParam(name = "coQuanBanHanh", required = false) String agency, @RequestParam(name = "diaDanh", required = false) String place,
            RedirectAttributes redirect) {
        try {
            accounts.setPaperSettings(user.getUsername(), superior, agency, place);
            redirect.addFlashAttribute("notice", Messages.text("security.paper.saved"));
        } catch (InvalidAccountException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/tai-khoan";
    }
}
