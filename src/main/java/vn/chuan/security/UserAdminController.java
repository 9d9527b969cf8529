package vn.chuan.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chuan.shared.Messages;

/** Administrators manage users: create, role and scope unit, disable, reset password. */
@Controller
class UserAdminController {

    private final UserAccounts accounts;

    UserAdminController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/quan-tri/nguoi-dung")
    String list(Model model) {
        model.addAttribute("users", accounts.list());
        model.addAttribute("roles", Role.values());
        return "admin/users";
    }

    @PostMapping("/quan-tri/nguoi-dung")
    String create(@RequestParam String username, @RequestParam String displayName, @RequestParam String password,
            @RequestParam String role, @RequestParam(required = false) String scopeUnitCode, Model model,
            RedirectAttributes redirect) {
        try {
            Role parsed = parseRole(role);
            accounts.create(new NewUserAccount(username, displayName, password, parsed, scopeUnitCode));
            redirect.addFlashAttribute("notice", Messages.text("security.notice.userCreated", username.strip()));
            return "redirect:/quan-tri/nguoi-dung";
        } catch (InvalidAccountException e) {
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("problemField", e.field());
            model.addAttribute("draft", new Draft(username, displayName, role, scopeUnitCode));
            return list(model);
        }
    }

    record Draft(String username, String displayName, String role, String scopeUnitCode) {
    }

    @PostMapping("/quan-tri/nguoi-dung/{id}")
    String change(@PathVariable long id, @RequestParam String role, @RequestParam(required = false) String scopeUnitCode,
            @RequestParam(defaultValue = "false") boolean enabled, RedirectAttributes redirect) {
        // A refusal goes back to the page with its reason (WebShellAdvice.refused).
        accounts.changeRoleAndScope(id, parseRole(role), scopeUnitCode, enabled);
        redirect.addFlashAttribute("notice", Messages.text("security.notice.userSaved"));
        return "redirect:/quan-tri/nguoi-dung";
    }

    @PostMapping("/quan-tri/nguoi-dung/{id}/mat-khau")
    String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
        accounts.resetPassword(id, password);
        redirect.addFlashAttribute("notice", Messages.text("security.notice.passwordReset"));
        return "redirect:/quan-tri/nguoi-dung";
    }

    private static Role parseRole(String role) {
        try {
            return Role.valueOf(role);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidAccountException("role", Messages.text("security.users.roleRequired"));
        }
    }
}
