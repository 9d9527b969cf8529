package vn.chuan.due;

import static vn.chuan.shared.WordPage.cellText;
import static vn.chuan.shared.WordPage.run;
import static vn.chuan.shared.WordPage.widths;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import vn.chuan.audit.AuditEvent;
import vn.chuan.audit.AuditLog;
import vn.chuan.security.ProvinceSetting;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PdfFonts;
import vn.chuan.shared.Refusal;
import vn.chuan.shared.WordPage;

/**
 * The papers of {@link DueDocument}: Word from the template in force (the built-in one, or the one an administrator put in
 * its place), PDF in the built-in layout. A template is an ordinary .docx whose text holds the fields below in double
 * braces; the table row holding {@code {{HO_TEN}}} is repeated for each person.
 */
@Service
public class DueDocuments {

    /** The fields a template may hold, and what they are filled with. */
    public static final List<String> FIELDS = List.of("CO_QUAN", "SO", "NOI_NGAY", "TIEU_DE", "CAN_CU", "SO_NGUOI", "STT", "HO_TEN", "MA",
            "DON_VI", "NOI_DUNG", "NGAY_DEN_HAN");
    static final String ROW_FIELD = "{{HO_TEN}}";
    /** A template larger than this is not a letter: refused before it is opened. */
    static final int MAX_TEMPLATE_BYTES = 2 * 1024 * 1024;
    /** The table's columns in centimetres of the A4 text width: number, name, code, unit, detail, date. */
    private static final float[] COLUMN_WIDTHS = {1.2f, 3.2f, 2.1f, 2.6f, 5.7f, 2.2f};
    /** At most this many people on one paper. */
    public static final int MAX_PEOPLE = 1000;

    /** What the officer types before printing. */
    public record Heading(String agency, String number, String place, LocalDate date, String basis) {
    }

    /** A template as the administrators' page lists it. */
    public record Template(DueDocument document, String fileName, String uploadedBy, LocalDateTime uploadedAt) {

        public boolean builtIn() {
            return uploadedBy == null;
        }
    }

    /** A template refused: not a Word file, too large, or without the row to repeat. */
    public static class InvalidTemplateException extends Refusal {
        InvalidTemplateException(String message) {
            super(message);
        }
    }

    private static final java.util.Locale VIETNAMESE = java.util.Locale.forLanguageTag("vi");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    DueDocuments(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Template> templates() {
        List<Template> all = new ArrayList<>();
        for (DueDocument d : DueDocument.values()) {
            all.add(jdbc.sql("select file_name, uploaded_by, uploaded_at from document_template where kind = :k").param("k", d.name())
                    .query((rs, n) -> new Template(d, rs.getString(1), rs.getString(2), rs.getTimestamp(3).toLocalDateTime())).optional()
                    .orElse(new Template(d, d.fileName() + ".docx", null, null)));
        }
        return all;
    }

    /** The template in force, as a .docx. */
    public byte[] template(DueDocument document) {
        return jdbc.sql("select content from document_template where kind = :k").param("k", document.name()).query(byte[].class).optional()
                .orElseGet(() -> builtIn(document));
    }

    /** Puts an administrator's template in place of the one in force, after checking it opens and has the row to repeat. */
    @Transactional
    public void replace(UserScope scope, DueDocument document, String fileName, byte[] content) {
        scope.requireSetting(ProvinceSetting.DOCUMENT_TEMPLATES, InvalidTemplateException::new);
        if (content.length > MAX_TEMPLATE_BYTES) {
            throw new InvalidTemplateException(Messages.text("due.document.tooLarge", MAX_TEMPLATE_BYTES / 1024 / 1024));
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            if (rowTemplate(doc).isEmpty()) {
                throw new InvalidTemplateException(Messages.text("due.document.noRow", ROW_FIELD));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidTemplateException refused) {
                throw refused;
            }
            throw new InvalidTemplateException(Messages.text("due.document.notWord", fileName));
        }
        jdbc.sql("delete from document_template where kind = :k").param("k", document.name()).update();
        jdbc.sql("insert into document_template (kind, file_name, content, uploaded_by, uploaded_at) values (:k, :f, :c, :by, :at)")
                .param("k", document.name()).param("f", fileName.length() > 255 ? fileName.substring(0, 255) : fileName).param("c", content)
                .param("by", AuditLog.currentActor()).param("at", Timestamp.valueOf(LocalDateTime.now(clock))).update();
        audit.record(AuditEvent.of("DOCUMENT_TEMPLATE", null, "TEMPLATE_REPLACED").summary(Messages.text("due.document.replaced",
                document.title(), fileName)).build());
    }

    /** Back to the built-in template. */
    @Transactional
    public void reset(UserScope scope, DueDocument document) {
        scope.requireSetting(ProvinceSetting.DOCUMENT_TEMPLATES, InvalidTemplateException::new);
        if (jdbc.sql("delete from document_template where kind = :k").param("k", document.name()).update() > 0) {
            audit.record(AuditEvent.of("DOCUMENT_TEMPLATE", null, "TEMPLATE_RESET").summary(Messages.text("due.document.reset",
                    document.title())).build());
        }
    }

    /** The Word paper: the template in force, its fields filled, its row repeated for each item. */
    public void writeDocx(DueDocument document, Heading heading, List<DueItem> items, OutputStream out) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(template(document)))) {
            // The paper's fields everywhere first (the row to repeat keeps its own), then the row once per person.
            Map<String, String> fields = fields(document, heading, items);
            doc.getParagraphs().forEach(p -> fill(p, fields));
            for (XWPFTable table : doc.getTables()) {
                for (XWPFTableRow r : table.getRows()) {
                    for (XWPFTableCell cell : r.getTableCells()) {
                        cell.getParagraphs().forEach(p -> fill(p, fields));
                    }
                }
            }
            Optional<XWPFTableRow> row = rowTemplate(doc);
            if (row.isPresent()) {
                XWPFTable table = row.get().getTable();
                int at = table.getRows().indexOf(row.get());
                for (int i = 0; i < items.size(); i++) {
                    XWPFTableRow copy = new XWPFTableRow((CTRow) row.get().getCtRow().copy(), table);
                    Map<String, String> values = rowFields(i, items.get(i));
                    for (XWPFTableCell cell : copy.getTableCells()) {
                        cell.getParagraphs().forEach(p -> fill(p, values));
                    }
                    table.addRow(copy, at + 1 + i);
                }
                table.removeRow(at);
            }
            doc.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF paper in the built-in layout (the header of NĐ 30/2020, the basis, the table, the signature). */
    public void writePdf(DueDocument document, Heading heading, List<DueItem> items, OutputStream out) {
        Map<String, String> f = fields(document, heading, items);
        Document pdf = new Document(PageSize.A4, 70, 42, 56, 56);
        PdfWriter.getInstance(pdf, out);
        pdf.open();
        Font normal = new Font(PdfFonts.regular(), 12);
        Font bold = new Font(PdfFonts.bold(), 12);
        Font small = new Font(PdfFonts.regular(), 10);
        PdfPTable head = new PdfPTable(new float[] {4, 6});
        head.setWidthPercentage(100);
        head.addCell(plain(f.get("CO_QUAN") + "\n" + Messages.text("due.document.numberLine", f.get("SO")), bold));
        head.addCell(plain(Messages.text("shared.paper.nation") + "\n" + Messages.text("shared.paper.motto") + "\n\n" + f.get("NOI_NGAY"), bold));
        pdf.add(head);
        Paragraph title = new Paragraph("\n" + f.get("TIEU_DE") + "\n\n", new Font(PdfFonts.bold(), 14));
        title.setAlignment(Element.ALIGN_CENTER);
        pdf.add(title);
        pdf.add(new Paragraph(f.get("CAN_CU"), normal));
        pdf.add(new Paragraph(Messages.text("due.document.intro", f.get("SO_NGUOI")) + "\n\n", normal));
        PdfPTable table = new PdfPTable(COLUMN_WIDTHS);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : headers()) {
            PdfPCell cell = new PdfPCell(new Phrase(header, new Font(PdfFonts.bold(), 10)));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(cell);
        }
        for (int i = 0; i < items.size(); i++) {
            Map<String, String> r = rowFields(i, items.get(i));
            for (String key : List.of("STT", "HO_TEN", "MA", "DON_VI", "NOI_DUNG", "NGAY_DEN_HAN")) {
                table.addCell(new PdfPCell(new Phrase(r.get(key), small)));
            }
        }
        pdf.add(table);
        PdfPTable sign = new PdfPTable(new float[] {1, 1});
        sign.setWidthPercentage(100);
        sign.setSpacingBefore(18);
        sign.addCell(plain(Messages.text("due.document.recipients"), small));
        sign.addCell(plain(Messages.text("due.document.signer") + "\n" + Messages.text("due.document.signHint"), bold));
        pdf.add(sign);
        pdf.close();
    }

    private static PdfPCell plain(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(0);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        return cell;
    }

    private static List<String> headers() {
        return List.of(Messages.text("due.document.col.number"), Messages.text("due.document.col.name"), Messages.text("due.document.col.code"),
                Messages.text("due.document.col.unit"), Messages.text("due.document.col.detail"), Messages.text("due.document.col.date"));
    }

    private static Map<String, String> fields(DueDocument document, Heading heading, List<DueItem> items) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("CO_QUAN", heading.agency() == null ? "" : heading.agency().strip().toUpperCase(VIETNAMESE));
        f.put("SO", blank(heading.number()) ? "......" : heading.number().strip());
        LocalDate on = heading.date();
        String place = blank(heading.place()) ? "......" : heading.place().strip();
        f.put("NOI_NGAY", on == null ? Messages.text("due.document.placeNoDate", place)
                : Messages.text("shared.paper.placeDate", place, String.format("%02d", on.getDayOfMonth()), String.format("%02d", on.getMonthValue()),
                        String.valueOf(on.getYear())));
        f.put("TIEU_DE", document.title().toUpperCase(VIETNAMESE));
        f.put("CAN_CU", blank(heading.basis()) ? document.basis() : heading.basis().strip());
        f.put("SO_NGUOI", String.valueOf(items.size()));
        return f;
    }

    private static Map<String, String> rowFields(int index, DueItem item) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("STT", String.valueOf(index + 1));
        r.put("HO_TEN", item.personName());
        r.put("MA", item.personCode());
        r.put("DON_VI", item.unitName());
        r.put("NOI_DUNG", item.kind().label() + ": " + item.detail());
        r.put("NGAY_DEN_HAN", Dates.format(item.date()));
        return r;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The table row that holds {@code {{HO_TEN}}}: repeated for each person. */
    private static Optional<XWPFTableRow> rowTemplate(XWPFDocument doc) {
        for (XWPFTable table : doc.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    if (cell.getText().contains(ROW_FIELD)) {
                        return Optional.of(row);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Replaces the fields of a paragraph. Word often splits a typed field over several runs, so the paragraph's text is
     * replaced whole and kept in its first run (with that run's look); a value's line breaks become breaks.
     */
    private static void fill(XWPFParagraph p, Map<String, String> values) {
        String text = p.getText();
        if (!text.contains("{{")) {
            return;
        }
        String filled = text;
        for (Map.Entry<String, String> v : values.entrySet()) {
            filled = filled.replace("{{" + v.getKey() + "}}", v.getValue() == null ? "" : v.getValue());
        }
        if (filled.equals(text) || p.getRuns().isEmpty()) {
            return;
        }
        XWPFRun first = p.getRuns().get(0);
        for (int i = p.getRuns().size() - 1; i > 0; i--) {
            p.removeRun(i);
        }
        String[] lines = filled.split("\n", -1);
        first.setText(lines[0], 0);
        for (int i = 1; i < lines.length; i++) {
            first.addBreak();
            first.setText(lines[i]);
        }
    }

    /** The built-in template: the header of administrative papers, the title, the basis, the table, the signature. */
    static byte[] builtIn(DueDocument document) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WordPage.a4(doc);
            XWPFTable head = doc.createTable(1, 2);
            head.removeBorders();
            cellText(head.getRow(0).getCell(0), "{{CO_QUAN}}\n" + Messages.text("due.document.numberLine", "{{SO}}"), 12, true,
                    ParagraphAlignment.CENTER);
            cellText(head.getRow(0).getCell(1), Messages.text("shared.paper.nation") + "\n" + Messages.text("shared.paper.motto") + "\n\n"
                    + "{{NOI_NGAY}}", 12, true, ParagraphAlignment.CENTER);
            widths(head, new float[] {4, 6});
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingBefore(240);
            title.setSpacingAfter(240);
            run(title, "{{TIEU_DE}}", 14, true);
            run(doc.createParagraph(), "{{CAN_CU}}", 12, false);
            run(doc.createParagraph(), Messages.text("due.document.intro", "{{SO_NGUOI}}"), 12, false);
            List<String> headers = headers();
            XWPFTable table = doc.createTable(2, headers.size());
            List<String> cells = List.of("{{STT}}", "{{HO_TEN}}", "{{MA}}", "{{DON_VI}}", "{{NOI_DUNG}}", "{{NGAY_DEN_HAN}}");
            for (int c = 0; c < headers.size(); c++) {
                cellText(table.getRow(0).getCell(c), headers.get(c), 10, true, ParagraphAlignment.CENTER);
                cellText(table.getRow(1).getCell(c), cells.get(c), 10, false, ParagraphAlignment.LEFT);
            }
            widths(table, COLUMN_WIDTHS);
            XWPFTable sign = doc.createTable(1, 2);
            sign.removeBorders();
            cellText(sign.getRow(0).getCell(0), Messages.text("due.document.recipients"), 10, false, ParagraphAlignment.LEFT);
            cellText(sign.getRow(0).getCell(1), Messages.text("due.document.signer") + "\n" + Messages.text("due.document.signHint"), 12, true,
                    ParagraphAlignment.CENTER);
            widths(sign, new float[] {1, 1});
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
