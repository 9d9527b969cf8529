package vn.chuan.shared;

import java.io.BufferedInputStream;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

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
            } else if (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xls")) {
                throw new InvalidFileException("Tệp Excel 97-2003 (.xls) chưa được hỗ trợ: hãy lưu lại dưới dạng .xlsx.");
            } else {
                readCsv(in, handler);
            }
        } catch (IOException e) {
            throw new InvalidFileException("Không đọc được tệp tải lên.");
        }
    }

    private static boolean isZip(BufferedInputStream in) throws IOException {
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    private static void readXlsx(InputStream in, RowHandler handler) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            // The first visible sheet holds the data; explanation sheets of our template follow it.
            Sheet sheet = workbook.getSheets()
                    .filter(s -> s.getVisibility() == SheetVisibility.VISIBLE)
                    .findFirst()
                    .orElseThrow(() -> new InvalidFileException("Tệp Excel không có trang tính nào đang hiển thị."));
            try (Stream<Row> rows = sheet.openStream()) {
                rows.forEach(row -> {
                    List<String> cells = new ArrayList<>(row.getCellCount());
                    for (int i = 0; i < row.getCellCount(); i++) {
                        cells.add(text(row.getCell(i)));
                    }
                    try {
                        handler.row(row.getRowNum(), cells);
                    } catch (RuntimeException e) {
                        throw new HandlerFailure(e);
                    }
                });
            }
        } catch (HandlerFailure e) {
            // The caller's own exception (it stops reading, or refuses a row): not a broken file.
            throw (RuntimeException) e.getCause();
        } catch (InvalidFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new InvalidFileException("Tệp không phải là bảng tính Excel hợp lệ (.xlsx) hoặc đã bị hỏng.");
        }
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
            case BOOLEAN -> Boolean.TRUE.equals(cell.asBoolean()) ? "Có" : "Không";
            case EMPTY -> "";
            // For a formula, the value Excel last computed is what the user saw.
            default -> cell.getText() == null ? "" : cell.getText().strip();
        };
    }

    private static void readCsv(InputStream in, RowHandler handler) throws IOException {
        byte[] bytes = in.readAllBytes();
        if (bytes.length == 0) {
            return;
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        for (int i = offset; i < Math.min(bytes.length, 4096); i++) {
            if (bytes[i] == 0) {
                throw new InvalidFileException("Tệp không phải là bảng tính (Excel .xlsx hoặc CSV).");
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
                    "Tệp CSV không được mã hóa UTF-8 (có thể là Windows-1258 hoặc TCVN3): hãy lưu lại với mã hóa UTF-8.");
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
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                rowHasContent = true;
            } else if (c == separator) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
                rowHasContent = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString().strip());
                cell.setLength(0);
                if (rowHasContent || !cells.get(0).isEmpty()) {
                    handler.row(rowNumber, cells);
                }
                cells = new ArrayList<>();
                rowHasContent = false;
                rowNumber++;
            } else {
                cell.append(c);
                rowHasContent = true;
            }
        }
        if (rowHasContent || cell.length() > 0) {
            cells.add(cell.toString().strip());
            handler.row(rowNumber, cells);
        }
    }

    private static char detectSeparator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    /** One CSV line (comma-separated, quoted where needed, CRLF), the form {@link #read} reads back. */
    public static String csvLine(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String cell = cells.get(i) == null ? "" : cells.get(i);
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
    public static class InvalidFileException extends RuntimeException {
        public InvalidFileException(String message) {
            super(message);
        }
    }

}
