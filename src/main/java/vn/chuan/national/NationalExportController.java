package vn.chuan.national;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.chuan.security.ChuanUser;
import vn.chuan.shared.Downloads;
import vn.chuan.shared.PageOf;

/** The page where an officer checks which records can go to the national database and downloads the file. */
@Controller
class NationalExportController {

    private static final int PAGE_SIZE = 50;

    private final NationalExport export;
    private final Clock clock;

    NationalExportController(NationalExport export, Clock clock) {
        this.export = export;
        this.clock = clock;
    }

    @GetMapping("/trao-doi/csdl-quoc-gia")
    String page(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "trang", defaultValue = "1") int page, Model model) {
        List<NationalExport.Missing> missing = export.check(user.scope());
        int index = Math.max(0, Math.min(page - 1, (missing.size() - 1) / PAGE_SIZE));
        model.addAttribute("missing", new PageOf<>(missing.subList(Math.min(missing.size(), index * PAGE_SIZE),
                Math.min(missing.size(), (index + 1) * PAGE_SIZE)), index, PAGE_SIZE, missing.size()));
        model.addAttribute("today", LocalDate.now(clock));
        return "national/export";
    }

    @GetMapping("/trao-doi/csdl-quoc-gia/tep")
    void download(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "tuNgay", required = false) LocalDate changedSince,
            HttpServletResponse response) throws IOException {
        Downloads.attachment(response, fileName(changedSince, LocalDate.now(clock)), "application/json;charset=UTF-8");
        export.write(user.scope(), changedSince, user.scopeName(), response.getOutputStream());
    }

    static String fileName(LocalDate changedSince, LocalDate today) {
        return "csdl-quoc-gia-" + today + (changedSince == null ? "" : "-thay-doi-tu-" + changedSince) + ".json";
    }
}
