package vn.chuan.due;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.chuan.security.ChuanUser;
import vn.chuan.shared.Downloads;
import vn.chuan.shared.Messages;
import vn.chuan.units.Unit;
import vn.chuan.units.Units;

/**
 * Papers prepared from Việc đến hạn (the retirement notice, the raise list, the reappointment list) as Word and PDF,
 * numbered and dated by the officer; and the administrators' page of their templates.
 */
@Controller
class DueDocumentController {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String PDF = "application/pdf";

    private final DueDates due;
    private final DueDocuments documents;
    private final Units units;
    private final Clock clock;

    DueDocumentController(DueDates due, DueDocuments documents, Units units, Clock clock) {
        this.due = due;
        this.documents = documents;
        this.units = units;
        this.clock = clock;
    }

    /** The paper as Word or PDF, by the address's extension. */
    @GetMapping({"/viec-den-han/van-ban.docx", "/viec-den-han/van-ban.pdf"})
    void paper(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "loai") DueDocument document,
            @RequestParam(name = "donVi", required = false) Long unitId, @RequestParam(name = "khoang", defaultValue = "BA_THANG") String period,
            @RequestParam(name = "coQuan", required = false) String agency, @RequestParam(name = "so", required = false) String number,
            @RequestParam(name = "noi", required = false) String place, @RequestParam(name = "ngay", required = false) LocalDate date,
            @RequestParam(name = "canCu", required = false) String basis, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Unit unit = units.askedOrScopeRoot(user.scope().unitId(), unitId, LocalDate.now(clock));
        List<DueItem> items = due.in(user.scope(), unit, DueController.period(period)).stream().filter(i -> document.lists(i.kind()))
                .limit(DueDocuments.MAX_PEOPLE).toList();
        DueDocuments.Heading heading = new DueDocuments.Heading(agency == null || agency.isBlank() ? unit.name() : agency, number, place,
                date, basis);
        boolean pdf = request.getRequestURI().endsWith(".pdf");
        Downloads.attachment(response, document.fileName() + "-" + LocalDate.now(clock) + (pdf ? ".pdf" : ".docx"), pdf ? PDF : DOCX);
        if (pdf) {
            documents.writePdf(document, heading, items, response.getOutputStream());
        } else {
            documents.writeDocx(document, heading, items, response.getOutputStream());
        }
    }

    @GetMapping("/quan-tri/mau-van-ban")
    String templates(Model model) {
        model.addAttribute("templates", documents.templates());
        model.addAttribute("fields", DueDocuments.FIELDS);
        return "admin/document-templates";
    }

    @GetMapping("/quan-tri/mau-van-ban/{document}.docx")
    void template(@PathVariable DueDocument document, HttpServletResponse response) throws IOException {
        Downloads.attachment(response, "mau-" + document.fileName() + ".docx", DOCX);
        response.getOutputStream().write(documents.template(document));
    }

    @PostMapping("/quan-tri/mau-van-ban/{document}")
    String replace(@AuthenticationPrincipal ChuanUser user, @PathVariable DueDocument document,
            @RequestParam(name = "tep", required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("problem", Messages.text("due.document.noFile"));
        } else if (file.getSize() > DueDocuments.MAX_TEMPLATE_BYTES) {
            redirect.addFlashAttribute("problem", Messages.text("due.document.tooLarge", DueDocuments.MAX_TEMPLATE_BYTES / 1024 / 1024));
        } else {
            try {
                String name = file.getOriginalFilename() == null ? "mau.docx" : file.getOriginalFilename();
                documents.replace(user.scope(), document, name, file.getBytes());
                redirect.addFlashAttribute("notice", Messages.text("due.document.replacedNotice", document.title()));
            } catch (DueDocuments.InvalidTemplateException e) {
                redirect.addFlashAttribute("problem", e.getMessage());
            }
        }
        return "redirect:/quan-tri/mau-van-ban";
    }

    @PostMapping("/quan-tri/mau-van-ban/{document}/mac-dinh")
    String reset(@AuthenticationPrincipal ChuanUser user, @PathVariable DueDocument document, RedirectAttributes redirect) {
        documents.reset(user.scope(), document);
        redirect.addFlashAttribute("notice", Messages.text("due.document.resetNotice", document.title()));
        return "redirect:/quan-tri/mau-van-ban";
    }
}
