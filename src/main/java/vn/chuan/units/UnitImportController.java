package vn.chuan.units;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.chuan.shared.Messages;

/** Upload of the official list of administrative units (administrators only). */
@Controller
class UnitImportController {

    private final Units units;
    private final Clock clock;

    UnitImportController(Units units, Clock clock) {
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/don-vi/nhap")
    String form(Model model) {
        model.addAttribute("validFrom", LocalDate.now(clock));
        return "units/import";
    }

    @PostMapping("/don-vi/nhap")
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(name = "validFrom", required = false) LocalDate validFrom,
            Model model) {
        LocalDate from = validFrom == null ? LocalDate.now(clock) : validFrom;
        model.addAttribute("validFrom", from);
        if (file == null || file.isEmpty()) {
            model.addAttribute("errors", List.of(Messages.text("units.upload.fileRequired")));
            return "units/import";
        }
        try (InputStream in = file.getInputStream()) {
            UnitImportResult result = units.importOfficialList(in, file.getOriginalFilename(), from);
            model.addAttribute("result", result);
            if (!result.succeeded()) {
                model.addAttribute("errors", result.errors());
            }
        } catch (IOException e) {
            model.addAttribute("errors", List.of(Messages.text("units.upload.unreadable")));
        }
        return "units/import";
    }
}
