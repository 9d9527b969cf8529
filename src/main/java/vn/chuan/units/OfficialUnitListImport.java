package vn.chuan.units;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import vn.chuan.shared.Messages;
import vn.chuan.shared.TabularFile;
import vn.chuan.shared.VietnameseText;

/**
 * The national list of administrative units, one row per commune: Tỉnh/Thành phố, Mã TP,
 * Quận/Huyện, Mã QH, Phường/Xã, Mã PX, Cấp. Since 1/7/2025 the district columns are empty.
 * The whole file is checked before anything is written.
 */
class OfficialUnitListImport {

    private static final Map<String, String> HEADERS = Map.of(
            "tinh thanh pho", "province", "ma tp", "provinceCode",
            "quan huyen", "district", "ma qh", "districtCode",
            "phuong xa", "commune", "ma px", "communeCode", "cap", "type");

    private final Units units;

    OfficialUnitListImport(Units units) {
        this.units = units;
    }

    record Row(int number, String province, String provinceCode, String district, String districtCode,
            String commune, String communeCode, CommuneType type) {
    }

    UnitImportResult importFile(InputStream input, String fileName, LocalDate validFrom) {
        List<String> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> columns = new HashMap<>();
        try {
            TabularFile.readWithHeader(input, fileName,
                    cells -> cells.stream().filter(c -> c != null && HEADERS.containsKey(VietnameseText.key(c))).count() >= 3,
                    new TabularFile.HeaderedRows() {
                        @Override
                        public boolean header(List<String> cells) {
                            return OfficialUnitListImport.header(cells, columns, errors);
                        }

                        @Override
                        public void row(int rowNumber, List<String> cells) {
                            parseRow(rowNumber, cells, columns, errors).ifPresent(rows::add);
                        }
                    });
        } catch (TabularFile.InvalidFileException e) {
            errors.add(e.getMessage());
        }
        if (columns.isEmpty() && errors.isEmpty()) {
            errors.add(Messages.text("units.file.empty"));
        } else if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(Messages.text("units.file.noRows"));
        }
        if (!errors.isEmpty()) {
            return new UnitImportResult(0, 0, 0, errors);
        }
        return write(rows, validFrom);
    }

    /** Maps the header's columns; false (with the missing ones named) when a required column is absent. */
    private static boolean header(List<String> cells, Map<String, Integer> columns, List<String> errors) {
        return readHeader(cells, HEADERS, List.of("province", "provinceCode", "commune", "communeCode", "type"),
                OfficialUnitListImport::label, columns, errors);
    }

    /**
     * The position of each column a header names ({@code headers}: folded header text → field), the
     * first one when a header repeats; each required field missing is an error naming its column.
     * The unit list and the reorganisation list read their headers this way.
     */
    static boolean readHeader(List<String> cells, Map<String, String> headers, List<String> required, Function<String, String> label,
            Map<String, Integer> columns, List<String> errors) {
        for (int i = 0; i < cells.size(); i++) {
            String field = headers.get(VietnameseText.key(cells.get(i)));
            if (field != null) {
                columns.putIfAbsent(field, i);
            }
        }
        for (String field : required) {
            if (!columns.containsKey(field)) {
                errors.add(Messages.text("units.file.missingColumns", label.apply(field)));
            }
        }
        return errors.isEmpty();
    }

    private Optional<Row> parseRow(int number, List<String> cells, Map<String, Integer> columns, List<String> errors) {
        String province = cell(cells, columns, "province");
        String provinceCode = cell(cells, columns, "provinceCode");
        String district = cell(cells, columns, "district");
        String districtCode = cell(cells, columns, "districtCode");
        String commune = cell(cells, columns, "commune");
        String communeCode = cell(cells, columns, "communeCode");
        String typeText = cell(cells, columns, "type");
        if (Objects.toString(province, "").isBlank() && commune.isBlank() && communeCode.isBlank()) {
            return Optional.empty();
        }
        int before = errors.size();
        requireCode(number, Messages.text("units.list.provinceCode"), provinceCode, errors);
        requireCode(number, Messages.text("units.list.communeCode"), communeCode, errors);
        if (!districtCode.isBlank()) {
            requireCode(number, Messages.text("units.list.districtCode"), districtCode, errors);
        }
        if (province.isBlank()) {
            errors.add(Messages.text("units.list.provinceRequired", number));
        }
        if (commune.isBlank()) {
            errors.add(Messages.text("units.list.communeRequired", number));
        }
        Optional<CommuneType> type = CommuneType.parse(typeText);
        if (type.isEmpty()) {
            errors.add(Messages.text("units.list.badType", number, typeText));
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        // A number cell or a CSV may have dropped the leading zeros: each code gets the length of its level back.
        return Optional.of(new Row(number, province, Units.codeOfLevel(provinceCode, UnitLevel.PROVINCE), district,
                districtCode.isBlank() ? districtCode : Units.codeOfLevel(districtCode, UnitLevel.DISTRICT), commune,
                Units.codeOfLevel(communeCode, UnitLevel.COMMUNE), type.get()));
    }

    private UnitImportResult write(List<Row> rows, LocalDate validFrom) {
        Counter counter = new Counter();
        Map<String, Unit> provinces = new LinkedHashMap<>();
        Map<String, Unit> districts = new LinkedHashMap<>();
        for (Row row : rows) {
            Unit province = provinces.computeIfAbsent(row.provinceCode(), code ->
                    upsert(new NewUnit(code, row.province(), UnitLevel.PROVINCE, null, null, validFrom, false), counter));
            Unit parent = province;
            if (!row.districtCode().isBlank()) {
                parent = districts.computeIfAbsent(row.districtCode(), code ->
                        upsert(new NewUnit(code, row.district(), UnitLevel.DISTRICT, null, province.id(), validFrom, false), counter));
            }
            upsert(new NewUnit(row.communeCode(), row.commune(), UnitLevel.COMMUNE, row.type(), parent.id(), validFrom, false), counter);
        }
        return new UnitImportResult(counter.created, counter.updated, counter.unchanged, List.of());
    }

    private Unit upsert(NewUnit wanted, Counter counter) {
        Optional<Unit> existing = units.findByCode(wanted.code(), wanted.validFrom());
        if (existing.isEmpty()) {
            counter.created++;
            return units.register(wanted);
        }
        Unit unit = existing.get();
        if (!Objects.equals(unit.parentId(), wanted.parentId())) {
            // A unit that moves under another parent starts a new era; the old one points to it.
            Unit successor = units.merge(List.of(unit.id()), wanted);
            units.describe(successor.id(), wanted.name(), wanted.communeType(), unit.difficultArea());
            counter.updated++;
            return successor;
        }
        if (!unit.name().equals(wanted.name()) || unit.communeType() != wanted.communeType()) {
            units.describe(unit.id(), wanted.name(), wanted.communeType(), unit.difficultArea());
            counter.updated++;
            return units.get(unit.id());
        }
        counter.unchanged++;
        return unit;
    }

    private static void requireCode(int number, String column, String value, List<String> errors) {
        if (value.isBlank() || !value.matches("[0-9A-Za-z]{1,16}")) {
            errors.add(Messages.text("units.list.badCode", number, column, value));
        }
    }

    private static String cell(List<String> cells, Map<String, Integer> columns, String field) {
        Integer index = columns.get(field);
        if (index == null || index >= cells.size() || cells.get(index) == null) {
            return "";
        }
        return cells.get(index).strip();
    }

    private static String label(String field) {
        return switch (field) {
            case "province" -> Messages.text("units.list.province");
            case "provinceCode" -> Messages.text("units.list.provinceCode");
            case "commune" -> Messages.text("units.list.commune");
            case "communeCode" -> Messages.text("units.list.communeCode");
            default -> Messages.text("units.list.type");
        };
    }

    private static final class Counter {
        int created;
        int updated;
        int unchanged;
    }
}
