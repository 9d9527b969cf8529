package vn.chuan.imports;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.chuan.people.InvalidPersonDataException;
import vn.chuan.security.ChuanUser;
import vn.chuan.shared.Messages;

/** The reorganisation list on the unit import page (administrators): check first, then write, people moved when asked. */
@Controller
class ReorganisationController {

    private final Reorganisation reorganisation;
    private final Clock clock;

    ReorganisationController(Reorganisation reorganisation, Clock clock) {
        this.reorganisation = reorganisation;
        this.clock = clock;
    }

    @PostMapping("/don-vi/nhap/sap-xep")
    String upload(@AuthenticationPrincipal ChuanUser user, @RequestParam("file") MultipartFile file,
            @RequestParam(name = "ngay", required = false) LocalDate date,
            @RequestParam(name = "chuyenNguoi", defaultValue = "false") boolean movePeople,
            @RequestParam(name = "thaoTac", defaultValue = "kiem-tra") String action, Model model) {
        model.addAttribute("validFrom", LocalDate.now(clock));
        model.addAttribute("lineageOn", date);
        model.addAttribute("movePeople", movePeople);
        if (file == null || file.isEmpty() || date == null) {
            model.addAttribute("lineageErrors", List.of(date == null ? Messages.text("imports.lineage.dateRequired")
                    : Messages.text("imports.lineage.fileRequired")));
            return "units/import";
        }
        try (InputStream in = file.getInputStream()) {
            boolean dryRun = !"ghi".equals(action);
            Reorganisation.Result result = reorganisation.importList(user.scope(), in, file.getOriginalFilename(), date, movePeople, dryRun);
            model.addAttribute("lineage", result);
            model.addAttribute("lineageDryRun", dryRun);
            if (!result.lineage().succeeded()) {
                model.addAttribute("lineageErrors", result.lineage().errors());
            }
        } catch (IOException e) {
            model.addAttribute("lineageErrors", List.of(Messages.text("imports.unreadableFile")));
        } catch (InvalidPersonDataException e) {
            model.addAttribute("lineageErrors", List.of(e.getMessage()));
        }
        return "units/import";
    }
}
