package vn.chuan.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A qualification dimension, each an ordered scale (DESIGN.md, "Ordered scales"), so that
 * "trung cấp trở lên" is a comparison of ranks. Rank 0 is the lowest level.
 */
public enum Dimension {

    GENERAL_EDUCATION("van_hoa", Messages.text("shared.dimension.generalEducation"), List.of(
            level("TIEU_HOC", Messages.text("shared.level.primary"), "5/10", "5/12"),
            level("THCS", Messages.text("shared.level.lowerSecondary"), "9/10", "9/12", "cap 2"),
            level("THPT", Messages.text("shared.level.upperSecondary"), "10/10", "12/12", "cap 3"))),
    PROFESSIONAL("chuyen_mon", Messages.text("shared.dimension.professional"), List.of(
            level("CHUA_DAO_TAO", Messages.text("shared.level.untrained"), "chua co", "khong"),
            level("SO_CAP", Messages.text("shared.level.elementary"), "sc"),
            level("TRUNG_CAP", Messages.text("shared.level.intermediate"), "tc", "trung hoc chuyen nghiep", "thcn"),
            level("CAO_DANG", Messages.text("shared.level.college"), "cd"),
            level("DAI_HOC", Messages.text("shared.level.bachelor"), "cu nhan", "ky su", "dh", "bac si", "duoc si", "kien truc su"),
            level("THAC_SI", Messages.text("shared.level.master"), "thac sy", "ths"),
            level("TIEN_SI", Messages.text("shared.level.doctorate"), "tien sy", "ts"))),
    POLITICAL_THEORY("llct", Messages.text("shared.dimension.politicalTheory"), List.of(
            level("CHUA_CO", Messages.text("shared.level.none"), "chua qua dao tao", "khong"),
            level("SO_CAP", Messages.text("shared.level.elementary"), "sc"),
            level("TRUNG_CAP", Messages.text("shared.level.intermediate"), "tc"),
            level("CAO_CAP", Messages.text("shared.level.advanced"), "cc", "cao cap ly luan chinh tri - hanh chinh", "cao cap hanh chinh"),
            level("CU_NHAN", Messages.text("shared.level.graduate"), "cu nhan chinh tri"))),
    STATE_MANAGEMENT("qlnn", Messages.text("shared.dimension.stateManagement"), List.of(
            level("CHUA_CO", Messages.text("shared.level.none"), "khong"),
            level("CAN_SU", Messages.text("shared.level.officer")),
            level("CHUYEN_VIEN", Messages.text("shared.level.specialist"), "cv"),
            level("CHUYEN_VIEN_CHINH", Messages.text("shared.level.principalSpecialist"), "cvc"),
            level("CHUYEN_VIEN_CAO_CAP", Messages.text("shared.level.seniorPrincipalSpecialist"), "cvcc"))),
    IT("tin_hoc", Messages.text("shared.dimension.it"), List.of(
            level("CHUA_CO", Messages.text("shared.level.none"), "khong"),
            level("CO_BAN", Messages.text("shared.level.basic"), "chung chi a", "chung chi b", "a", "b", "ung dung cntt co ban", "van phong",
                    "tin hoc van phong"),
            level("NANG_CAO", Messages.text("shared.level.higher"), "chung chi c", "c", "ung dung cntt nang cao"))),
    FOREIGN_LANGUAGE("ngoai_ngu", Messages.text("shared.dimension.foreignLanguage"), List.of(
            level("CHUA_CO", Messages.text("shared.level.none"), "khong"),
            level("A1", "A1", "bac 1"),
            level("A2", "A2", "bac 2", "chung chi a", "a"),
            level("B1", "B1", "bac 3", "chung chi b", "b"),
            level("B2", "B2", "bac 4", "chung chi c", "c"),
            level("C1", "C1", "bac 5"),
            level("C2", "C2", "bac 6"))),
    ETHNIC_LANGUAGE("tieng_dan_toc", Messages.text("shared.dimension.ethnicLanguage"), List.of(
            level("CHUA_CO", Messages.text("shared.level.none"), "khong"),
            level("CO_CHUNG_CHI", Messages.text("shared.level.certified"), ethnicLanguageAliases()))),
    DEFENCE_SECURITY("qpan", Messages.text("shared.dimension.defenceSecurity"), List.of(
            level("CHUA_CO", Messages.text("shared.level.none"), "khong"),
            level("DOI_TUONG_4", Messages.text("shared.level.group4"), "dt4", "dt 4", "doi tuong iv"),
            level("DOI_TUONG_3", Messages.text("shared.level.group3"), "dt3", "dt 3", "doi tuong iii"),
            level("DOI_TUONG_2", Messages.text("shared.level.group2"), "dt2", "dt 2", "doi tuong ii"),
            level("DOI_TUONG_1", Messages.text("shared.level.group1"), "dt1", "dt 1", "doi tuong i")));

    private final String key;
    private final String label;
    private final List<ScaleLevel> levels;
    private final Map<String, ScaleLevel> byKey;

    Dimension(String key, String label, List<LevelSpec> specs) {
        this.key = key;
        this.label = label;
        List<ScaleLevel> built = new ArrayList<>();
        Map<String, ScaleLevel> index = new HashMap<>();
        for (int rank = 0; rank < specs.size(); rank++) {
            LevelSpec spec = specs.get(rank);
            ScaleLevel level = new ScaleLevel(name(), spec.code(), spec.label(), rank);
            built.add(level);
            index.put(VietnameseText.key(spec.code()), level);
            index.put(VietnameseText.key(spec.label()), level);
            for (String alias : spec.aliases()) {
                index.putIfAbsent(VietnameseText.key(alias), level);
            }
        }
        this.levels = Collections.unmodifiableList(built);
        this.byKey = Map.copyOf(index);
    }

    /** ASCII key used in the interchange format's headers. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public List<ScaleLevel> levels() {
        return levels;
    }

    public ScaleLevel lowest() {
        return levels.get(0);
    }

    /** Words that spreadsheets add around a level ("Trung cấp LLCT", "Tiếng Anh B", "Chứng chỉ QLNN ngạch chuyên viên"). */
    private static final Pattern NOISE = Pattern.compile(
            "\\b(ly luan chinh tri|llct|chinh tri|quan ly nha nuoc|qlnn|ngach|chung chi|bang|trinh do|"
                    + "tieng (anh|phap|trung|trung quoc|nga|nhat|han|han quoc|duc)|anh van|ngoai ngu|tin hoc|ung dung cntt|cntt|"
                    + "chuan ky nang|ky nang|su dung|chuyen mon|nghiep vu|bac|boi duong|chuong trinh|"
                    + "he|chinh quy|tai chuc|tu xa|vua lam vua hoc|lien thong|van bang 2)\\b");

    /**
     * Accepts the code or the Vietnamese label, in any case, with or without diacritics, the usual
     * abbreviations ("ĐH", "ThS", "TC") and the words spreadsheets add around a level.
     */
    public Optional<ScaleLevel> parse(String text) {
        if (VietnameseText.isBlank(text)) {
            return Optional.empty();
        }
        String key = VietnameseText.key(text);
        ScaleLevel level = byKey.get(key);
        if (level == null) {
            String stripped = NOISE.matcher(key).replaceAll(" ").replaceAll("\\s+", " ").strip();
            level = stripped.isEmpty() ? null : byKey.get(stripped);
        }
        return Optional.ofNullable(level);
    }

    public ScaleLevel level(String code) {
        return levels.stream().filter(l -> l.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown level " + code + " on " + this));
    }

    public static Optional<Dimension> byKey(String key) {
        for (Dimension d : values()) {
            if (d.key.equals(key) || d.name().equals(key)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private static LevelSpec level(String code, String label, String... aliases) {
        return level(code, label, List.of(aliases));
    }

    private static LevelSpec level(String code, String label, List<String> aliases) {
        return new LevelSpec(code, label, aliases);
    }

    /** "Có", "Chứng chỉ", and the language named by its people ("Tiếng Mông", "Chứng chỉ tiếng Tày"). */
    private static List<String> ethnicLanguageAliases() {
        List<String> aliases = new ArrayList<>(List.of("co", "chung chi", "x"));
        for (String group : Ethnicity.ALL) {
            aliases.add("tieng " + VietnameseText.key(group));
        }
        aliases.add("tieng mong");
        return aliases;
    }

    private record LevelSpec(String code, String label, List<String> aliases) {
    }
}
