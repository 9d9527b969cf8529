package vn.chuan.security;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chuan.shared.Messages;

/** Administrators give programs their API tokens and take them back. */
@Controller
class ApiClientAdminController {

    private final ApiClients clients;

    ApiClientAdminController(ApiClients clients) {
        this.clients = clients;
    }

    @GetMapping("/quan-tri/ung-dung")
    String list(Model model) {
        model.addAttribute("clients", clients.list());
        return "admin/api-clients";
    }

    @PostMapping("/quan-tri/ung-dung")
    String create(@AuthenticationPrincipal ChuanUser user, @RequestParam String name,
            @RequestParam(required = false) String scopeUnitCode, @RequestParam(defaultValue = "false") boolean canWrite,
            Model model) {
        try {
            ApiClients.CreatedClient created = clients.create(name, scopeUnitCode, canWrite, user.getUsername());
            model.addAttribute("created", created);
            model.addAttribute("notice", Messages.text("security.apiClients.createdNotice", created.client().name()));
        } catch (InvalidAccountException e) {
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("problemField", e.field());
            model.addAttribute("draft", new Draft(name, scopeUnitCode, canWrite));
        }
        return list(model);
    }

    record Draft(String name, String scopeUnitCode, boolean canWrite) {
    }

    @PostMapping("/quan-tri/ung-dung/{id}/thu-hoi")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        // A refusal goes back to the page with its reason (WebShellAdvice.refused).
        clients.revoke(id);
        redirect.addFlashAttribute("notice", Messages.text("security.apiClients.revokedNotice"));
        return "redirect:/quan-tri/ung-dung";
    }
}
