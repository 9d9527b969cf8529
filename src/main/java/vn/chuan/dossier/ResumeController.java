package vn.chuan.dossier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import vn.chuan.people.PersonRegistry;
import vn.chuan.people.PersonSearch;
import vn.chuan.security.ChuanUser;
import vn.chuan.shared.Downloads;
import vn.chuan.shared.Messages;
import vn.chuan.shared.VietnameseOrder;
import vn.chuan.units.Unit;
import vn.chuan.units.Units;

/**
 * The printed 2C: one person's from their page, or a whole filtered list's (one file, a résumé per
 * person) from the people list, as PDF or Word. A print of the sensitive sections is recorded as a
 * view of them.
 */
@Controller
class ResumeController {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** The most résumés one file holds: a commune's or a district's staff, not the province at once. */
    static final int MAX_PER_FILE = 300;

    private final PersonnelFiles files;
    private final PersonRegistry people;
    private final Units units;
    private final Clock clock;

    ResumeController(PersonnelFiles files, PersonRegistry people, Units units, Clock clock) {
        this.files = files;
        this.people = people;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/can-bo/{id}/2c.{format:pdf|docx}")
    void one(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @PathVariable String format, HttpServletResponse response)
            throws IOException {
        List<PersonnelFile> found = files.openAll(user.scope(), List.of(id), SensitiveData.Purpose.IN);
        send(found, "2C-" + found.get(0).person().code(), format, response);
    }

    /** The people list's filters (the same parameters as the list page), every person they select. */
    @GetMapping("/can-bo/2c.{format:pdf|docx}")
    void list(@AuthenticationPrincipal ChuanUser user, @PathVariable String format, @RequestParam Map<String, String> params,
            HttpServletResponse response) throws IOException {
        PersonSearch search = PersonSearch.fromParameters(params, LocalDate.now(clock));
        List<Long> ids = people.ids(user.scope(), search);
        if (ids.size() > MAX_PER_FILE) {
            throw new InvalidDossierException(null, Messages.text("dossier.print.tooMany", ids.size(), MAX_PER_FILE));
        }
        List<PersonnelFile> found = new ArrayList<>(files.openAll(user.scope(), ids, SensitiveData.Purpose.IN));
        found.sort((a, b) -> VietnameseOrder.byGivenName(a.person().fullName(), b.person().fullName()));
        send(found, "2C-danh-sach", format, response);
    }

    private void send(List<PersonnelFile> found, String name, String format, HttpServletResponse response) throws IOException {
        LocalDate today = LocalDate.now(clock);
        String agency = units.roots().stream().findFirst().map(Unit::name).orElse("");
        Map<Long, byte[]> photos = files.photos(found);
        List<Resume> resumes = new ArrayList<>();
        for (PersonnelFile file : found) {
            resumes.add(Resume.of(file, agency, photos.get(file.person().id().value()), today));
        }
        if (resumes.isEmpty()) {
            throw new InvalidDossierException(null, Messages.text("dossier.print.nobody"));
        }
        // Set in memory first: a failure shows the error page, not half a file.
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        if ("pdf".equals(format)) {
            ResumePdf.write(resumes, file);
            Downloads.attachment(response, name + ".pdf", "application/pdf");
        } else {
            ResumeDocx.write(resumes, file);
            Downloads.attachment(response, name + ".docx", DOCX);
        }
        file.writeTo(response.getOutputStream());
    }
}
