package vn.chuan.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.chuan.shared.Dates;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Ethnicity;
import vn.chuan.shared.Gender;
import vn.chuan.shared.PositionTitle;
import vn.chuan.shared.StaffCategory;
import vn.chuan.units.UnitId;

/**
 * The people list's criteria: who held a post on {@code asOf} in the unit subtree, of a category
 * and title, with levels, whose name or code contains {@code text} (case and diacritics ignored).
 */
public record PersonSearch(String text, UnitId unitId, StaffCategory category, String titleCode,
        List<LevelFilter> levels, LocalDate asOf, int page, int size, String verdict, String gapCode, Who who, PersonOrder order) {

    public static final int MAX_PAGE_SIZE = 200;

    /**
     * Who is counted, as the report forms break people down: categories (any of), gender, ethnic
     * minority or not, party member or not, age on the list's date within bounds. Null: any.
     */
    public record Who(Set<StaffCategory> categories, Gender gender, Boolean minority,
            Boolean partyMember, Integer minAge, Integer maxAge, String ethnicity, Boolean communeLevel) {

        public static final Who ANYONE = new Who(Set.of(), null, null, null, null, null, null, null);

        /** The address parameters these filters are read from (besides a list of categories in {@code loai}). */
        public static final List<String> PARAMETERS = List.of("gioiTinh", "dtts", "dangVien", "tuoiTu", "tuoiDen", "danToc", "cap");

        public Who {
            categories = categories == null ? Set.of() : Set.copyOf(categories);
        }

        public Who(Set<StaffCategory> categories, Gender gender, Boolean minority,
                Boolean partyMember, Integer minAge, Integer maxAge) {
            this(categories, gender, minority, partyMember, minAge, maxAge, null, null);
        }

        static Who fromParameters(Map<String, String> params) {
            Set<StaffCategory> categories = new HashSet<>();
            String loai = params.getOrDefault("loai", "");
            if (loai.contains(",")) {
                for (String part : loai.split(",")) {
                    StaffCategory.parse(part).ifPresent(categories::add);
                }
            }
            return new Who(categories, Gender.parse(params.getOrDefault("gioiTinh", "")).orElse(null),
                    flag(params.get("dtts")), flag(params.get("dangVien")), age(params.get("tuoiTu")), age(params.get("tuoiDen")),
                    Ethnicity.parse(params.getOrDefault("danToc", "")).orElse(null),
                    switch (params.getOrDefault("cap", "")) {
                        case "XA" -> Boolean.TRUE;
                        case "TREN_XA" -> Boolean.FALSE;
                        default -> null;
                    });
        }

        private static Boolean flag(String text) {
            return text == null || text.isBlank() ? null : text.equals("1") || text.equalsIgnoreCase("co");
        }

        private static Integer age(String text) {
            Long value = number(text);
            return value == null || value < 0 || value > 120 ? null : value.intValue();
        }
    }

    public PersonSearch {
        Objects.requireNonNull(asOf, "asOf");
        levels = levels == null ? List.of() : List.copyOf(levels);
        page = Math.max(0, page);
        size = size <= 0 ? 25 : Math.min(size, MAX_PAGE_SIZE);
        verdict = verdict == null || !verdict.matches("[A-Z_]{1,20}") ? null : verdict;
        who = who == null ? Who.ANYONE : who;
        gapCode = gapCode == null || !gapCode.matches("[A-Z_]{1,30}(,[A-Z_]{1,30}){0,3}") ? null : gapCode;
        order = order == null ? PersonOrder.TEN : order;
    }

    /** In the default order: by given name. */
    public PersonSearch(String text, UnitId unitId, StaffCategory category, String titleCode, List<LevelFilter> levels,
            LocalDate asOf, int page, int size, String verdict, String gapCode, Who who) {
        this(text, unitId, category, titleCode, levels, asOf, page, size, verdict, gapCode, who, PersonOrder.TEN);
    }

    /** Without the standards filters (the verdict as last assessed, and an unmet criterion). */
    public PersonSearch(String text, UnitId unitId, StaffCategory category, String titleCode, List<LevelFilter> levels,
            LocalDate asOf, int page, int size) {
        this(text, unitId, category, titleCode, levels, asOf, page, size, null, null, Who.ANYONE);
    }

    public PersonSearch(String text, UnitId unitId, StaffCategory category, String titleCode, List<LevelFilter> levels,
            LocalDate asOf, int page, int size, String verdict, String gapCode) {
        this(text, unitId, category, titleCode, levels, asOf, page, size, verdict, gapCode, Who.ANYONE);
    }

    /**
     * The criteria of the people list's address: {@code q}, {@code donVi}, {@code loai},
     * {@code chucDanh}, {@code ngay}, {@code trang} (from 1), {@code coTrang}, and one parameter per
     * dimension key ({@code llct=TRUNG_CAP+}). Unreadable values are ignored.
     */
    public static PersonSearch fromParameters(Map<String, String> params, LocalDate today) {
        LocalDate asOf = Dates.parse(params.get("ngay")).orElse(today);
        Long unitId = number(params.get("donVi"));
        StaffCategory category = StaffCategory.parse(params.getOrDefault("loai", "")).orElse(null);
        String title = PositionTitle.findByCode(params.get("chucDanh"))
                .map(PositionTitle::code).orElse(null);
        List<LevelFilter> levels = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            LevelFilter.parse(d, params.get(d.key())).ifPresent(levels::add);
        }
        Long page = number(params.get("trang"));
        Long size = number(params.get("coTrang"));
        // Unit 0 is the whole country (the reports' root above the provinces): no unit filter.
        return new PersonSearch(params.get("q"), unitId == null || unitId == 0 ? null : new UnitId(unitId), category, title, levels, asOf,
                page == null ? 0 : (int) Math.max(0, Math.min(100_000, page - 1)),
                size == null ? 25 : (int) Math.max(10, Math.min(MAX_PAGE_SIZE, size)), params.get("chuan"), params.get("thieu"),
                Who.fromParameters(params), PersonOrder.parse(params.get(PersonOrder.PARAMETER)));
    }

    private static Long number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static PersonSearch all(LocalDate asOf) {
        return new PersonSearch(null, null, null, null, List.of(), asOf, 0, 25);
    }


    public PersonSearch withText(String newText) {
        return new PersonSearch(newText, unitId, category, titleCode, levels, asOf, page, size, verdict, gapCode, who, order);
    }

    /** The same search over the whole scope (no unit asked for). */
    public PersonSearch withoutUnit() {
        return new PersonSearch(text, null, category, titleCode, levels, asOf, page, size, verdict, gapCode, who, order);
    }

    /** The same search without the standards filters (the verdict and the unmet criterion). */
    public PersonSearch withoutStandards() {
        return new PersonSearch(text, unitId, category, titleCode, levels, asOf, page, size, null, null, who, order);
    }
}
