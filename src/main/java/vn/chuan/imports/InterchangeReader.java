package vn.chuan.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import vn.chuan.dossier.PersonnelFiles;
import vn.chuan.people.InvalidPersonDataException;
import vn.chuan.people.PersonDetails;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Ethnicity;
import vn.chuan.shared.Gender;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PositionTitle;
import vn.chuan.shared.ScaleLevel;
import vn.chuan.shared.StaffCategory;
import vn.chuan.shared.VietnameseText;
import vn.chuan.units.AmbiguousUnitCodeException;
import vn.chuan.units.Unit;

/**
 * Turns the rows of an interchange file into checked {@link ImportedPerson}s or row errors. The
 * header row decides which column is which (by label or key, in any order); unknown columns are
 * ignored with a warning; a missing required column refuses the whole file.
 */
final class InterchangeReader {

    static final int MAX_CELL_LENGTH = 1000;
    private static final Pattern SHORT_CITIZEN_ID = Pattern.compile("\\d{10,11}");

    private final Map<Integer, InterchangeColumn> columns = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> fileErrors = new ArrayList<>();
    private final UserScope scope;
    private final Function<String, Optional<Unit>> unitsByCode;
    /** The date the file describes: today, or a yearly list's date. */
    private final LocalDate on;
    private final boolean dated;
    private boolean headerSeen;
    /** The header's cells that are not columns of the format, by position (a group header over two rows, "Trình độ"). */
    private final Map<Integer, String> unknownHeaders = new HashMap<>();
    /** Rows read since the header: a header over two rows is recognised on the first one only. */
    private int rowsAfterHeader;

    /**
     * {@code unitsByCode} finds the unit holding a code on the date the file describes ({@code on}:
     * today, or with {@code dated} a yearly list's date).
     */
    InterchangeReader(UserScope scope, Function<String, Optional<Unit>> unitsByCode, LocalDate on, boolean dated) {
        this.scope = scope;
        this.unitsByCode = unitsByCode;
        this.on = on;
        this.dated = dated;
    }

    boolean headerSeen() {
        return headerSeen;
    }

    List<String> warnings() {
        warnUnknownHeaders();
        return warnings;
    }

    List<String> fileErrors() {
        return fileErrors;
    }

    /** Whether a row looks like the header: at least three cells are known column names. */
    static boolean looksLikeHeader(List<String> cells) {
        long recognised = cells.stream().filter(c -> c != null && !c.isBlank())
                .filter(c -> InterchangeColumn.byHeader(c).isPresent()).count();
        return recognised >= 3;
    }

    /** Reads the header; false when the file cannot be read because a required column is missing. */
    boolean header(List<String> cells) {
        headerSeen = true;
        Map<InterchangeColumn, Integer> seen = new EnumMap<>(InterchangeColumn.class);
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i) == null ? "" : cells.get(i).strip();
            if (text.isEmpty()) {
                continue;
            }
            Optional<InterchangeColumn> column = InterchangeColumn.byHeader(text);
            if (column.isEmpty() && ROW_NUMBER_HEADERS.contains(VietnameseText.key(text))) {
                // The row numbers lists carry ("STT"): expected, ignored without a word.
                continue;
            } else if (column.isEmpty() && PersonnelFiles.isProfileHeader(text)) {
                // A column of the 2C's own fields: the personnel file reads it once the people are written.
                continue;
            } else if (column.isEmpty()) {
                unknownHeaders.put(i, text);
            } else if (seen.containsKey(column.get())) {
                fileErrors.add(Messages.text("imports.header.duplicate", column.get().header()));
            } else {
                seen.put(column.get(), i);
                columns.put(i, column.get());
            }
        }
        for (InterchangeColumn column : InterchangeColumn.values()) {
            if (column.required() && !seen.containsKey(column)) {
                fileErrors.add(Messages.text("imports.header.missing", column.header(), column.key()));
            }
        }
        if (!fileErrors.isEmpty()) {
            warnUnknownHeaders();
        }
        return fileErrors.isEmpty();
    }

    private void warnUnknownHeaders() {
        unknownHeaders.values().forEach(text -> warnings.add(Messages.text("imports.header.ignored", text)));
        unknownHeaders.clear();
    }

    /**
     * The second row of a header over two rows ("Trình độ" merged above "Chuyên môn", "LLCT",
     * "QLNN"): the row just below the header, without a person code, naming columns of the format
     * where the header has none. Its names complete the header; the row is not a person.
     */
    boolean isSecondHeaderRow(List<String> cells) {
        if (rowsAfterHeader++ > 0) {
            return false;
        }
        Map<Integer, InterchangeColumn> found = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i) == null ? "" : cells.get(i).strip();
            if (columns.get(i) == InterchangeColumn.MA_CAN_BO && !text.isEmpty()) {
                return false;
            }
            Optional<InterchangeColumn> named = text.isEmpty() || columns.containsKey(i) ? Optional.empty() : InterchangeColumn.byHeader(text);
            if (named.isPresent() && !columns.containsValue(named.get())) {
                found.put(i, named.get());
            }
        }
        if (found.isEmpty()) {
            warnUnknownHeaders();
            return false;
        }
        columns.putAll(found);
        // A group header above the columns just named ("Trình độ") was a title, not a column to warn about.
        found.keySet().forEach(unknownHeaders::remove);
        unknownHeaders.keySet().removeIf(i -> found.containsKey(i + 1) || found.containsKey(i));
        warnUnknownHeaders();
        return true;
    }

    /** Headers of a column of row numbers ("STT", "Số TT"). */
    private static final Set<String> ROW_NUMBER_HEADERS = Set.of("stt", "so tt", "so thu tu", "tt");

    /**
     * A total row at the foot of a list ("Tổng cộng: 19 người"): no person code and a cell that says
     * so. It is left out, and the preview says which rows were.
     */
    boolean isTotalRow(int row, List<String> cells) {
        Integer codeColumn = columns.entrySet().stream().filter(e -> e.getValue() == InterchangeColumn.MA_CAN_BO).map(Map.Entry::getKey)
                .findFirst().orElse(null);
        if (codeColumn != null && codeColumn < cells.size() && cells.get(codeColumn) != null && !cells.get(codeColumn).isBlank()) {
            return false;
        }
        for (String cell : cells) {
            String text = cell == null ? "" : VietnameseText.key(cell);
            if (text.startsWith("tong cong") || text.startsWith("tong so") || text.equals("cong")) {
                warnings.add(Messages.text("imports.row.totalSkipped", row));
                return true;
            }
        }
        return false;
    }

    /** A row's cells by column; null for a row with nothing in it. */
    Map<InterchangeColumn, String> cells(List<String> cells) {
        Map<InterchangeColumn, String> values = new EnumMap<>(InterchangeColumn.class);
        boolean any = false;
        for (Map.Entry<Integer, InterchangeColumn> entry : columns.entrySet()) {
            String value = entry.getKey() < cells.size() && cells.get(entry.getKey()) != null
                    ? cells.get(entry.getKey()).strip() : "";
            values.put(entry.getValue(), value);
            any |= !value.isEmpty();
        }
        return any ? values : null;
    }

    /** The checked person of a row, or its errors added to {@code errors}. */
    Optional<ImportedPerson> read(int row, Map<InterchangeColumn, String> cells, List<RowError> errors) {
        int before = errors.size();
        for (Map.Entry<InterchangeColumn, String> cell : cells.entrySet()) {
            if (cell.getValue().length() > MAX_CELL_LENGTH) {
                errors.add(new RowError(row, cell.getKey().header(), cell.getValue().substring(0, 40),
                        Messages.text("imports.cell.tooLong", cell.getValue().length(), MAX_CELL_LENGTH)));
                cells.put(cell.getKey(), "");
            }
        }
        for (InterchangeColumn column : InterchangeColumn.values()) {
            if (column.required() && cells.getOrDefault(column, "").isEmpty() && errors.size() == before) {
                errors.add(new RowError(row, column.header(), "", Messages.text("imports.cell.required")));
            }
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        LocalDate birth = date(row, cells, InterchangeColumn.NGAY_SINH, errors);
        Gender gender = parse(row, cells, InterchangeColumn.GIOI_TINH, Gender::parse, Messages.text("imports.cell.gender"), errors);
        String ethnicity = parse(row, cells, InterchangeColumn.DAN_TOC, Ethnicity::parse,
                Messages.text("imports.cell.ethnicity"), errors);
        StaffCategory category = parse(row, cells, InterchangeColumn.LOAI, StaffCategory::parse,
                Messages.text("imports.cell.category"), errors);
        PositionTitle title = parse(row, cells, InterchangeColumn.CHUC_DANH, PositionTitle::parse,
                InterchangeReader::unknownTitle, errors);
        LocalDate startedOn = cells.getOrDefault(InterchangeColumn.NGAY_BAT_DAU, "").isEmpty() ? null
                : date(row, cells, InterchangeColumn.NGAY_BAT_DAU, errors);
        Boolean party = cells.getOrDefault(InterchangeColumn.DANG_VIEN, "").isEmpty() ? null
                : parse(row, cells, InterchangeColumn.DANG_VIEN, InterchangeReader::yesNo, Messages.text("imports.cell.yesNo"), errors);
        Map<Dimension, ScaleLevel> levels = new EnumMap<>(Dimension.class);
        for (InterchangeColumn column : InterchangeColumn.values()) {
            column.dimension().ifPresent(dimension -> {
                String text = cells.getOrDefault(column, "");
                if (!text.isEmpty()) {
                    Optional<ScaleLevel> level = cached(column, text, dimension::parse);
                    if (level.isEmpty()) {
                        errors.add(new RowError(row, column.header(), text, Messages.text("imports.cell.level", dimension.label(),
                                String.join(", ", dimension.levels().stream().map(ScaleLevel::label).toList()))));
                    } else {
                        levels.put(dimension, level.get());
                    }
                }
            });
        }
        if (category != null && title != null && title.category() != category) {
            errors.add(new RowError(row, InterchangeColumn.CHUC_DANH.header(), cells.get(InterchangeColumn.CHUC_DANH),
                    Messages.text("imports.cell.titleOfOtherCategory", title.name(), title.category().name(), category.name())));
        }
        if (title != null && !title.isValidOn(on)) {
            // A retired title still reads (older lists use it), but no list of a later date may hold it.
            errors.add(new RowError(row, InterchangeColumn.CHUC_DANH.header(), cells.get(InterchangeColumn.CHUC_DANH),
                    title.validTo() != null && title.validTo().isBefore(on)
                            ? Messages.text("imports.cell.titleRetired", title.name(), Dates.format(title.validTo()))
                            : Messages.text("imports.cell.titleNotYetValid", title.name(), Dates.format(title.validFrom()))));
        }
        List<String> concurrent = concurrentTitles(row, cells.getOrDefault(InterchangeColumn.CHUC_DANH_KIEM_NHIEM, ""), title, errors);
        Unit unit = unit(row, cells.get(InterchangeColumn.MA_DON_VI), startedOn, errors);
        if (startedOn != null && startedOn.isAfter(on)) {
            errors.add(new RowError(row, InterchangeColumn.NGAY_BAT_DAU.header(), cells.get(InterchangeColumn.NGAY_BAT_DAU),
                    dated ? Messages.text("imports.cell.startAfterList",
                            Dates.format(on)) : Messages.text("imports.cell.startInFuture")));
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        try {
            PersonDetails details = new PersonDetails(cells.get(InterchangeColumn.MA_CAN_BO), cells.get(InterchangeColumn.HO_TEN),
                    birth, gender, ethnicity, citizenId(cells.getOrDefault(InterchangeColumn.SO_CCCD, "")),
                    Boolean.TRUE.equals(party), null);
            String field = cells.getOrDefault(InterchangeColumn.CHUYEN_NGANH, "");
            return Optional.of(new ImportedPerson(row, details, party, unit, category, title.code(), startedOn, levels,
                    field.isEmpty() ? null : field, concurrent));
        } catch (InvalidPersonDataException e) {
            InterchangeColumn column = switch (e.field()) {
                case "code" -> InterchangeColumn.MA_CAN_BO;
                case "fullName" -> InterchangeColumn.HO_TEN;
                case "birthDate" -> InterchangeColumn.NGAY_SINH;
                case "citizenId" -> InterchangeColumn.SO_CCCD;
                default -> InterchangeColumn.MA_CAN_BO;
            };
            errors.add(new RowError(row, column.header(), cells.getOrDefault(column, ""), lowerFirst(e.getMessage())));
            return Optional.empty();
        }
    }

    /**
     * A citizen ID typed in a number cell loses its leading zero ("01080012345"): every ID begins
     * with a province code 001–096, so 10 or 11 digits are padded back to 12.
     */
    static String citizenId(String text) {
        String value = text == null ? "" : text.strip().replace(" ", "").replace(".", "");
        return SHORT_CITIZEN_ID.matcher(value).matches() ? "0".repeat(12 - value.length()) + value : value;
    }

    private Unit unit(int row, String code, LocalDate startedOn, List<RowError> errors) {
        Optional<Unit> unit;
        try {
            unit = unitsByCode.apply(code);
        } catch (AmbiguousUnitCodeException e) {
            errors.add(new RowError(row, InterchangeColumn.MA_DON_VI.header(), code, e.getMessage()));
            return null;
        }
        if (unit.isEmpty()) {
            errors.add(new RowError(row, InterchangeColumn.MA_DON_VI.header(), code, dated
                    ? Messages.text("imports.cell.unitNotOn", Dates.format(on)) : Messages.text("imports.cell.unitNotActive")));
            return null;
        }
        if (!scope.covers(unit.get())) {
            errors.add(new RowError(row, InterchangeColumn.MA_DON_VI.header(), code,
                    Messages.text("imports.cell.unitOutOfScope", unit.get().name())));
            return null;
        }
        return unit.get();
    }

    private LocalDate date(int row, Map<InterchangeColumn, String> cells, InterchangeColumn column, List<RowError> errors) {
        String text = cells.getOrDefault(column, "");
        Optional<LocalDate> date = cached(column, text, Dates::parse);
        if (date.isEmpty()) {
            errors.add(new RowError(row, column.header(), text, Messages.text("imports.cell.date")));
            return null;
        }
        return date.get();
    }

    /** Parsed values by column and text: a file repeats the same few titles, levels and groups. */
    private final Map<InterchangeColumn, Map<String, Optional<?>>> parsed = new EnumMap<>(InterchangeColumn.class);

    @SuppressWarnings("unchecked")
    private <T> Optional<T> cached(InterchangeColumn column, String text, Function<String, Optional<T>> parser) {
        Map<String, Optional<?>> byText = parsed.computeIfAbsent(column, c -> new HashMap<>());
        if (byText.size() > 10_000) {
            byText.clear();
        }
        return (Optional<T>) byText.computeIfAbsent(text, parser::apply);
    }

    private <T> T parse(int row, Map<InterchangeColumn, String> cells, InterchangeColumn column,
            Function<String, Optional<T>> parser, String message, List<RowError> errors) {
        return parse(row, cells, column, parser, text -> message, errors);
    }

    /** As above, with a message that depends on the text (a suggestion of what it may mean). */
    private <T> T parse(int row, Map<InterchangeColumn, String> cells, InterchangeColumn column,
            Function<String, Optional<T>> parser, Function<String, String> message, List<RowError> errors) {
        String text = cells.getOrDefault(column, "");
        Optional<T> value = cached(column, text, parser);
        if (value.isEmpty()) {
            errors.add(new RowError(row, column.header(), text, message.apply(text)));
            return null;
        }
        return value.get();
    }

    /**
     * The titles of the concurrent-titles cell ("Chủ tịch HĐND; Chỉ huy trưởng Quân sự"): each known,
     * valid on the list's date, not the principal title, not twice.
     */
    private List<String> concurrentTitles(int row, String text, PositionTitle principal, List<RowError> errors) {
        List<String> codes = new ArrayList<>();
        for (String part : text.split(";")) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            Optional<PositionTitle> title = cached(InterchangeColumn.CHUC_DANH_KIEM_NHIEM, name, PositionTitle::parse);
            String header = InterchangeColumn.CHUC_DANH_KIEM_NHIEM.header();
            if (title.isEmpty()) {
                errors.add(new RowError(row, header, name, unknownTitle(name)));
            } else if (!title.get().isValidOn(on)) {
                errors.add(new RowError(row, header, name, Messages.text("imports.cell.titleNotValidOn", title.get().name(), Dates.format(on))));
            } else if (principal != null && title.get().code().equals(principal.code()) || codes.contains(title.get().code())) {
                errors.add(new RowError(row, header, name, Messages.text("imports.cell.concurrentTwice", title.get().name())));
            } else {
                codes.add(title.get().code());
            }
        }
        return codes;
    }

    private static String unknownTitle(String text) {
        return RowError.UNKNOWN_TITLE + PositionTitle.closest(text)
                .map(title -> Messages.text("imports.cell.didYouMean", title.name(), title.code())).orElse("");
    }

    private static Optional<Boolean> yesNo(String text) {
        return switch (VietnameseText.key(text)) {
            case "co", "x", "1", "true", "dang vien" -> Optional.of(true);
            case "khong", "0", "false" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static String lowerFirst(String message) {
        return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
}
