package vn.chuan.dossier;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chuan.security.ChuanUser;
import vn.chuan.security.Role;
import vn.chuan.security.SensitiveAccess;
import vn.chuan.shared.Messages;

/** The administrator's page on sensitive data: which roles see it, and the log of every view. */
@Controller
class SensitiveDataController {

    private static final int PAGE_SIZE = 50;

    private final SensitiveAccess access;
    private final SensitiveData views;

    SensitiveDataController(SensitiveAccess access, SensitiveData views) {
        this.access = access;
        this.views = views;
    }

    @GetMapping("/quan-tri/du-lieu-nhay-cam")
    String page(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "trang", defaultValue = "1") int page, Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("allowed", access.roles());
        model.addAttribute("views", views.views(user.scope(), Math.max(0, page - 1), PAGE_SIZE));
        return "admin/sensitive";
    }

    @PostMapping("/quan-tri/du-lieu-nhay-cam")
    String save(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "role", required = false) List<Role> roles,
            RedirectAttributes redirect) {
        Set<Role> allowed = EnumSet.noneOf(Role.class);
        if (roles != null) {
            allowed.addAll(roles);
        }
        access.setRoles(user.scope(), allowed);
        redirect.addFlashAttribute("notice", Messages.text("dossier.sensitive.saved"));
        return "redirect:/quan-tri/du-lieu-nhay-cam";
    }
}
