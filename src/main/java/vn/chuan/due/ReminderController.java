package vn.chuan.due;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chuan.security.ChuanUser;
import vn.chuan.security.InvalidAccountException;
import vn.chuan.security.ReminderContact;
import vn.chuan.security.UserAccounts;
import vn.chuan.shared.Messages;

/** Nhắc việc: the officer's digests (the bell), where and how often they want them; the administrators' list of every mail. */
@Controller
class ReminderController {

    private static final int SHOWN = 20;

    private final Reminders reminders;
    private final UserAccounts accounts;

    ReminderController(Reminders reminders, UserAccounts accounts) {
        this.reminders = reminders;
        this.accounts = accounts;
    }

    @GetMapping("/nhac-viec")
    String page(@AuthenticationPrincipal ChuanUser user, Model model) {
        model.addAttribute("contact", accounts.reminderContact(user.getUsername()).orElseThrow());
        model.addAttribute("frequencies", ReminderContact.Frequency.values());
        model.addAttribute("digests", reminders.digestsOf(user, SHOWN));
        model.addAttribute("mailConfigured", reminders.mailConfigured());
        model.addAttribute("leadDays", Reminders.LEAD_DAYS);
        model.addAttribute("unreadReminders", reminders.unread(user.getUsername()));
        return "due/reminders";
    }

    @PostMapping("/nhac-viec/da-doc")
    String markRead(@AuthenticationPrincipal ChuanUser user) {
        reminders.markRead(user.getUsername());
        return "redirect:/nhac-viec";
    }

    @PostMapping("/nhac-viec/cai-dat")
    String settings(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "email", required = false) String email,
            @RequestParam(name = "tanSuat", defaultValue = "HANG_TUAN") ReminderContact.Frequency frequency, RedirectAttributes redirect) {
        try {
            accounts.setReminderContact(user.getUsername(), email, frequency);
            redirect.addFlashAttribute("notice", Messages.text("due.reminders.saved"));
        } catch (InvalidAccountException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/nhac-viec";
    }

    @GetMapping("/quan-tri/nhac-viec")
    String admin(Model model) {
        model.addAttribute("digests", reminders.latest(100));
        model.addAttribute("mailConfigured", reminders.mailConfigured());
        model.addAttribute("maxAttempts", Reminders.MAX_ATTEMPTS);
        return "admin/reminders";
    }

    @PostMapping("/quan-tri/nhac-viec/chay")
    String runNow(RedirectAttributes redirect) {
        Reminders.Run run = reminders.run();
        redirect.addFlashAttribute("notice", Messages.text("due.reminders.ran", run.digests(), run.items(), run.mailed(), run.failed(),
                run.closed()));
        return "redirect:/quan-tri/nhac-viec";
    }
}
