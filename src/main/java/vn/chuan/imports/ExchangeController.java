package vn.chuan.imports;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.chuan.dossier.FileExport;
import vn.chuan.dossier.PersonnelFiles;
import vn.chuan.people.PersonRegistry;
import vn.chuan.people.PersonSearch;
import vn.chuan.people.PersonSnapshot;
import vn.chuan.security.ChuanUser;
import vn.chuan.shared.Downloads;

/** Export of the filtered people list, and the empty template, in the interchange format. */
@Controller
class ExchangeController {


    private final PersonRegistry registry;
    private final PersonnelFiles files;
    private final Clock clock;

    ExchangeController(PersonRegistry registry, PersonnelFiles files, Clock clock) {
        this.registry = registry;
        this.files = files;
        this.clock = clock;
    }

    @GetMapping("/can-bo/xuat")
    void export(@AuthenticationPrincipal ChuanUser user, @RequestParam Map<String, String> params,
            @RequestParam(name = "ngay", required = false) LocalDate day,
            @RequestParam(name = "dinhDang", defaultValue = "xlsx") String format,
            @RequestParam(name = "nhayCam", defaultValue = "false") boolean sensitive, HttpServletResponse response)
            throws IOException {
        PersonSearch search = PersonSearch.fromParameters(params, day == null ? LocalDate.now(clock) : day);
        List<InterchangeRow> rows = registry.snapshots(user.scope(), search).stream().map(ExchangeController::row).toList();
        String name = "danh-sach-can-bo-" + search.asOf();
        // The 2C's own fields as columns after the list's, the histories as sheets of the workbook.
        FileExport file = files.export(user.scope(), registry.ids(user.scope(), search), sensitive);
        InterchangeWriter.Extra columns = new InterchangeWriter.Extra(file.headers(), file::values);
        if ("csv".equalsIgnoreCase(format)) {
            Downloads.attachment(response, name + ".csv", "text/csv; charset=UTF-8");
            Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
            InterchangeWriter.writeCsv(writer, rows, columns);
        } else {
            Downloads.xlsx(response, name + ".xlsx");
            InterchangeWriter.writeXlsx(response.getOutputStream(), rows, columns, file::writeSheets);
        }
    }

    @GetMapping("/nhap-du-lieu/mau.xlsx")
    void template(HttpServletResponse response) throws IOException {
        Downloads.xlsx(response, "mau-danh-sach-can-bo.xlsx");
        InterchangeTemplate.write(response.getOutputStream());
    }

    static InterchangeRow row(PersonSnapshot p) {
        return new InterchangeRow(p.code(), p.fullName(), p.birthDate(), p.gender(), p.ethnicity(), p.citizenId(),
                p.unitCode(), p.category(), p.titleCode(), p.startedOn(), p.partyMember(), p.levels(), p.fieldOfStudy(),
                p.concurrentTitleCodes());
    }
}
