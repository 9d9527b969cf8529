package vn.chuan.shared;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellType;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Reads the rows of a spreadsheet (xlsx) or a CSV file (UTF-8 with or without BOM, comma or
 * semicolon), streaming: rows are handed over one at a time, so a large file needs little memory.
 * Cells come as text; numbers keep their plain decimal form so that codes and Excel dates survive.
 */
public final class TabularFile {

    /** Receives each row; {@code rowNumber} is the one a user sees in Excel (1 = header). */
    @FunctionalInterface
    public interface RowHandler {
        void row(int rowNumber, List<String> cells);
    }

    /** Receives the header row, then the rows below it. */
    public interface HeaderedRows {

        /** Reads the header; false when the file cannot be used (reading stops there). */
        boolean header(List<String> cells);

        void row(int rowNumber, List<String> cells);
    }

    /** Title rows ("DANH SÁCH CÁN BỘ, CÔNG CHỨC …") skipped at most above the header. */
    static final int MAX_TITLE_ROWS = 10;

    /*
     * Bounds checked while reading, before anything grows, so that no file can take the server down
     * (a zip bomb, a sheet of millions of rows, a header of a million columns). A province's list of
     * 100,000 people is 64 MB of sheet XML, compressed about 9 times: far inside every bound.
     */
    /** Rows of data at most (a national list is imported in parts); counted before any row is handed over. */
    public static final int MAX_ROWS = 500_000;
    /** Columns at most: the interchange format has about 40. */
    public static final int MAX_COLUMNS = 500;
    /** Characters in one cell at most: Excel's own limit. */
    public static final int MAX_CELL_CHARS = 32_767;
    /** Bytes of a workbook once unzipped, all parts together. */
    public static final long MAX_UNZIPPED_BYTES = 1L << 30;
    /** Unzipped size of a part over its compressed size at most: spreadsheets compress 5–20 times, zip bombs 1,000 times. */
    public static final int MAX_COMPRESSION_RATIO = 100;
    /** Bytes of a CSV file at most (it is read whole). */
    public static final long MAX_CSV_BYTES = 256L << 20;

    private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private TabularFile() {
    }

    /**
     * Like {@link #read}, but first finds the header: spreadsheets often start with a title block,
     * so up to {@value #MAX_TITLE_ROWS} rows that do not look like a header are skipped. If no row
     * does, the first row is handed over as the header after all, so that its problems get named.
     */
    public static void readWithHeader(InputStream input, String fileName, Predicate<List<String>> looksLikeHeader,
            HeaderedRows rows) {
        List<List<String>> firstRow = new ArrayList<>(1);
        boolean[] headerSeen = {false};
        int[] skipped = {0};
        try {
            read(input, fileName, (rowNumber, cells) -> {
                if (headerSeen[0]) {
                    rows.row(rowNumber, cells);
                    return;
                }
                if (firstRow.isEmpty()) {
                    firstRow.add(cells);
                }
                if (!looksLikeHeader.test(cells) && skipped[0]++ < MAX_TITLE_ROWS) {
                    return;
                }
                headerSeen[0] = true;
                if (!rows.header(cells)) {
                    throw new StopReading();
                }
            });
        } catch (StopReading stop) {
            return;
        }
        if (!headerSeen[0] && !firstRow.isEmpty()) {
            rows.header(firstRow.get(0));
        }
    }

    public static void read(InputStream input, String fileName, RowHandler handler) {
        BufferedInputStream in = new BufferedInputStream(input);
        try {
            if (isZip(in)) {
                readXlsx(in, handler);
            } else if (isOle2(in)) {
                readXls(in, handler);
            } else if (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xls")) {
                throw new InvalidFileException(Messages.text("shared.file.badXls"));
            } else {
                readCsv(in, handler);
            }
        } catch (IOException e) {
            throw new InvalidFileException(Messages.text("shared.file.unreadable"));
        }
    }

    private static boolean isZip(BufferedInputStream in) throws IOException {
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** The start of an OLE2 compound file: an Excel 97-2003 workbook (or another Office 97 document). */
    private static boolean isOle2(BufferedInputStream in) throws IOException {
        in.mark(8);
        byte[] head = in.readNBytes(8);
        in.reset();
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        return Arrays.equals(head, magic);
    }

    /** Bytes of an .xls file at most: the format holds 65,536 rows; it is read whole. */
    public static final long MAX_XLS_BYTES = 64L << 20;

    /**
     * An Excel 97-2003 workbook (at most 65,536 rows by its format), read whole: the first visible
     * sheet, cells as the xlsx reader gives them (numbers in plain decimal form, dates as Excel
     * serials, a formula's last computed value), the same bounds on cells.
     */
    private static void readXls(InputStream in, RowHandler handler) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_XLS_BYTES + 1);
        if (bytes.length > MAX_XLS_BYTES) {
            throw new InvalidFileException(Messages.text("shared.file.xlsTooLarge", (MAX_XLS_BYTES >> 20)));
        }
        try (HSSFWorkbook workbook = new HSSFWorkbook(new ByteArrayInputStream(bytes))) {
            int index = -1;
            for (int i = 0; i < workbook.getNumberOfSheets() && index < 0; i++) {
                if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                    index = i;
                }
            }
            if (index < 0) {
                throw new InvalidFileException(Messages.text("shared.file.noVisibleSheet"));
            }
            HSSFSheet sheet = workbook.getSheetAt(index);
            for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
                HSSFRow row = sheet.getRow(r);
                if (row == null || row.getLastCellNum() <= 0) {
                    continue;
                }
                List<String> cells = new ArrayList<>(row.getLastCellNum());
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    if (!sheet.isColumnHidden(c)) {
                        cells.add(checkedCell(xlsText(row.getCell(c)), r + 1));
                    }
                }
                deliver(handler, r + 1, cells);
            }
        } catch (IOException | RuntimeException e) {
            throw failure(e, Messages.text("shared.file.badXls"));
        }
    }

    private static String xlsText(HSSFCell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case STRING -> cell.getStringCellValue() == null ? "" : cell.getStringCellValue().strip();
            case BOOLEAN -> cell.getBooleanCellValue() ? Messages.text("shared.yes") : Messages.text("shared.no");
            default -> "";
        };
    }

    private static void readXlsx(InputStream in, RowHandler handler) throws IOException {
        Path copy = Files.createTempFile("chuan-read-", ".xlsx");
        try {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            checkUnzippedSize(copy);
            readXlsx(copy, hiddenColumns(copy), handler);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /**
     * Unzips every part once, counting, and stops at the first bound crossed: a part that unzips
     * more than {@value #MAX_COMPRESSION_RATIO} times its size, or all parts over
     * {@link #MAX_UNZIPPED_BYTES}. Nothing is kept: memory stays one buffer whatever the file.
     */
    private static void checkUnzippedSize(Path file) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                long allowed = Math.max(1L << 20, Math.max(0, entry.getCompressedSize()) * MAX_COMPRESSION_RATIO);
                long size = 0;
                boolean sheet = entry.getName().startsWith("xl/worksheets/");
                RowCounter rows = new RowCounter();
                try (InputStream part = zip.getInputStream(entry)) {
                    for (int n = part.read(buffer); n > 0; n = part.read(buffer)) {
                        size += n;
                        total += n;
                        if (sheet && rows.count(buffer, n) > MAX_ROWS + MAX_TITLE_ROWS + 1) {
                            throw tooManyRows();
                        }
                        if (size > allowed) {
                            throw new InvalidFileException(Messages.text("shared.file.zipBomb", MAX_COMPRESSION_RATIO));
                        }
                        if (total > MAX_UNZIPPED_BYTES) {
                            throw new InvalidFileException(Messages.text("shared.file.xlsxTooLarge", (MAX_UNZIPPED_BYTES >> 20)));
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidFileException invalid) {
                throw invalid;
            }
            throw new InvalidFileException(Messages.text("shared.file.badXlsx"));
        }
    }

    /** Counts the {@code <row} elements of a sheet's XML as it streams by (a tag may span two buffers). */
    private static final class RowCounter {

        private static final byte[] TAG = "<row".getBytes(StandardCharsets.US_ASCII);
        private int matched;
        private long rows;

        long count(byte[] bytes, int length) {
            for (int i = 0; i < length; i++) {
                byte b = bytes[i];
                if (matched == TAG.length) {
                    // "<row " or "<row>" opens a row; "<rowBreaks" and the like do not.
                    if (b == ' ' || b == '>' || b == '/') {
                        rows++;
                    }
                    matched = 0;
                }
                matched = b == TAG[matched] ? matched + 1 : b == TAG[0] ? 1 : 0;
            }
            return rows;
        }
    }

    /**
     * The hidden columns (0 = A) of the first visible sheet: a district hides its working columns
     * (a formula, a note to itself) and the user who imports sees only the others. Our reader does
     * not give them, so the sheet's {@code <cols>} element, which comes before its rows, is read
     * here; reading stops at the rows. The file's sizes have been checked before.
     */
    private static BitSet hiddenColumns(Path file) {
        BitSet hidden = new BitSet();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String part = firstVisibleSheetPart(zip);
            ZipEntry entry = part == null ? null : zip.getEntry(part);
            if (entry == null) {
                return hidden;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                XMLStreamReader xml = xmlInput().createXMLStreamReader(in);
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String name = xml.getLocalName();
                    if (name.equals("sheetData")) {
                        break;
                    }
                    String state = xml.getAttributeValue(null, "hidden");
                    if (name.equals("col") && ("1".equals(state) || "true".equals(state))) {
                        int min = Integer.parseInt(xml.getAttributeValue(null, "min"));
                        int max = Math.min(Integer.parseInt(xml.getAttributeValue(null, "max")), MAX_COLUMNS);
                        if (min >= 1 && min <= max) {
                            hidden.set(min - 1, max);
                        }
                    }
                }
                xml.close();
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            // Without the column widths the file is still a list: read every column, as before.
            return new BitSet();
        }
        return hidden;
    }

    /** The part name of the first sheet not hidden, from the workbook and its relationships. */
    private static String firstVisibleSheetPart(ZipFile zip) throws IOException, XMLStreamException {
        String relationId = null;
        try (InputStream in = zip.getInputStream(zip.getEntry("xl/workbook.xml"))) {
            XMLStreamReader xml = xmlInput().createXMLStreamReader(in);
            while (relationId == null && xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
                    String state = xml.getAttributeValue(null, "state");
                    if (state == null || state.equals("visible")) {
                        relationId = xml.getAttributeValue(RELATIONSHIPS_NS, "id");
                    }
                }
            }
            xml.close();
        }
        if (relationId == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(zip.getEntry("xl/_rels/workbook.xml.rels"))) {
            XMLStreamReader xml = xmlInput().createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")
                        && relationId.equals(xml.getAttributeValue(null, "Id"))) {
                    String target = xml.getAttributeValue(null, "Target");
                    return target.startsWith("/") ? target.substring(1) : "xl/" + target;
                }
            }
            xml.close();
        }
        return null;
    }

    /** No DTD, no external entity: a workbook is untrusted input. */
    private static XMLInputFactory xmlInput() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    /**
     * Reads the visible sheets of an xlsx workbook named as {@code handlers}' keys (compared without
     * case or accents), each with its handler; the bounds of {@link #read} hold for every sheet. The
     * names of the sheets found are returned. A file that is not xlsx has no such sheets: none.
     */
    public static Set<String> readSheets(InputStream input, Map<String, RowHandler> handlers) {
        BufferedInputStream in = new BufferedInputStream(input);
        Set<String> found = new LinkedHashSet<>();
        try {
            if (!isZip(in)) {
                return found;
            }
            Path copy = Files.createTempFile("chuan-read-", ".xlsx");
            try {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                checkUnzippedSize(copy);
                try (ReadableWorkbook workbook = new ReadableWorkbook(copy.toFile())) {
                    for (Sheet sheet : workbook.getSheets().filter(s -> s.getVisibility() == SheetVisibility.VISIBLE).toList()) {
                        for (Map.Entry<String, RowHandler> handler : handlers.entrySet()) {
                            if (VietnameseText.fold(handler.getKey()).equals(VietnameseText.fold(sheet.getName().strip()))) {
                                found.add(handler.getKey());
                                readRows(sheet, new BitSet(), handler.getValue());
                            }
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    throw failure(e, Messages.text("shared.file.badXlsx"));
                }
            } finally {
                Files.deleteIfExists(copy);
            }
        } catch (IOException e) {
            throw new InvalidFileException(Messages.text("shared.file.unreadable"));
        }
        return found;
    }

    private static void readXlsx(Path file, BitSet hidden, RowHandler handler) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            // The first visible sheet holds the data; explanation sheets of our template follow it.
            Sheet sheet = workbook.getSheets()
                    .filter(s -> s.getVisibility() == SheetVisibility.VISIBLE)
                    .findFirst()
                    .orElseThrow(() -> new InvalidFileException(Messages.text("shared.file.noVisibleSheet")));
            readRows(sheet, hidden, handler);
        } catch (IOException | RuntimeException e) {
            throw failure(e, Messages.text("shared.file.badXlsx"));
        }
    }

    private static void readRows(Sheet sheet, BitSet hidden, RowHandler handler) throws IOException {
        int[] rowsRead = {0};
        try (Stream<Row> rows = sheet.openStream()) {
            rows.forEach(row -> {
                if (++rowsRead[0] > MAX_ROWS + MAX_TITLE_ROWS + 1) {
                    throw tooManyRows();
                }
                if (row.getCellCount() > MAX_COLUMNS) {
                    throw tooManyColumns(row.getRowNum());
                }
                List<String> cells = new ArrayList<>(row.getCellCount());
                for (int i = 0; i < row.getCellCount(); i++) {
                    if (!hidden.get(i)) {
                        cells.add(checkedCell(text(row.getCell(i)), row.getRowNum()));
                    }
                }
                deliver(handler, row.getRowNum(), cells);
            });
        }
    }

    /** Hands a row over; the caller's own exception is wrapped so that it passes the reader's net untouched. */
    private static void deliver(RowHandler handler, int rowNumber, List<String> cells) {
        try {
            handler.row(rowNumber, cells);
        } catch (RuntimeException e) {
            throw new HandlerFailure(e);
        }
    }

    /**
     * What a workbook reader throws: the caller's own exception (it stops reading, or refuses a row)
     * as it was, a bound crossed as it was, anything else from the library as a broken file.
     */
    private static RuntimeException failure(Exception e, String broken) {
        if (e instanceof HandlerFailure handlerFailure) {
            return (RuntimeException) handlerFailure.getCause();
        }
        return e instanceof InvalidFileException invalid ? invalid : new InvalidFileException(broken);
    }

    private static InvalidFileException tooManyRows() {
        return new InvalidFileException(Messages.text("shared.file.tooManyRows", grouped(MAX_ROWS)));
    }

    private static InvalidFileException tooManyColumns(int rowNumber) {
        return new InvalidFileException(Messages.text("shared.file.tooManyColumns", rowNumber, MAX_COLUMNS));
    }

    /** A cell as read, quote of {@link CellText} taken off; refused when longer than any real cell. */
    private static String checkedCell(String text, int rowNumber) {
        if (text.length() > MAX_CELL_CHARS) {
            throw new InvalidFileException(Messages.text("shared.file.cellTooLong", rowNumber, grouped(MAX_CELL_CHARS)));
        }
        return CellText.restore(text);
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> {
                BigDecimal value = cell.asNumber();
                yield value == null ? "" : value.stripTrailingZeros().toPlainString();
            }
            case BOOLEAN -> Boolean.TRUE.equals(cell.asBoolean()) ? Messages.text("shared.yes") : Messages.text("shared.no");
            case EMPTY -> "";
            // For a formula, the value Excel last computed is what the user saw.
            default -> cell.getText() == null ? "" : cell.getText().strip();
        };
    }

    private static void readCsv(InputStream in, RowHandler handler) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_CSV_BYTES + 1);
        if (bytes.length > MAX_CSV_BYTES) {
            throw new InvalidFileException(Messages.text("shared.file.csvTooLarge", (MAX_CSV_BYTES >> 20)));
        }
        if (bytes.length == 0) {
            return;
        }
        long lines = 0;
        for (byte b : bytes) {
            if (b == '\n' && ++lines > MAX_ROWS + MAX_TITLE_ROWS + 1) {
                throw tooManyRows();
            }
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        for (int i = offset; i < Math.min(bytes.length, 4096); i++) {
            if (bytes[i] == 0) {
                throw new InvalidFileException(Messages.text("shared.file.notASpreadsheet"));
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String content;
        try {
            content = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidFileException(
                    Messages.text("shared.file.notUtf8"));
        }
        parseCsv(new StringReader(content), handler);
    }

    static void parseCsv(Reader reader, RowHandler handler) throws IOException {
        StringBuilder all = new StringBuilder();
        char[] buf = new char[8192];
        int n;
        while ((n = reader.read(buf)) > 0) {
            all.append(buf, 0, n);
        }
        String text = all.toString();
        char separator = detectSeparator(text);
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int rowNumber = 1;
        boolean rowHasContent = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    append(cell, c, rowNumber);
                }
            } else if (c == '"') {
                quoted = true;
                rowHasContent = true;
            } else if (c == separator) {
                cells.add(CellText.restore(cell.toString().strip()));
                cell.setLength(0);
                if (cells.size() > MAX_COLUMNS) {
                    throw tooManyColumns(rowNumber);
                }
                rowHasContent = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(CellText.restore(cell.toString().strip()));
                cell.setLength(0);
                if (rowHasContent || !cells.get(0).isEmpty()) {
                    handler.row(rowNumber, cells);
                }
                if (rowNumber > MAX_ROWS + MAX_TITLE_ROWS + 1) {
                    throw tooManyRows();
                }
                cells = new ArrayList<>();
                rowHasContent = false;
                rowNumber++;
            } else {
                append(cell, c, rowNumber);
                rowHasContent = true;
            }
        }
        if (rowHasContent || cell.length() > 0) {
            cells.add(CellText.restore(cell.toString().strip()));
            handler.row(rowNumber, cells);
        }
    }
    private static void append(StringBuilder cell, char c, int rowNumber) {
        if (cell.length() >= MAX_CELL_CHARS) {
            throw new InvalidFileException(Messages.text("shared.file.cellTooLong", rowNumber, grouped(MAX_CELL_CHARS)));
        }
        cell.append(c);
    }

    /** A count as Vietnamese write it (1.000.000). */
    private static String grouped(long n) {
        return String.format(Locale.forLanguageTag("vi"), "%,d", n);
    }


    private static char detectSeparator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    /** One CSV line (comma-separated, quoted where needed, a text that would run as a formula quoted by {@link CellText}, CRLF). */
    public static String csvLine(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String cell = cells.get(i) == null ? "" : CellText.safe(cells.get(i));
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
                sb.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(cell);
            }
        }
        return sb.append("\r\n").toString();
    }

    private static final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }

    private static final class HandlerFailure extends RuntimeException {
        HandlerFailure(RuntimeException cause) {
            super(cause);
        }
    }

    /** A file that cannot be read as a table at all; the message is for the user. */
    public static class InvalidFileException extends Refusal {
        public InvalidFileException(String message) {
            super(message);
        }
    }

}
