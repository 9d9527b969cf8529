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

    GENERAL_EDUCATION("van_hoa", "Trình độ văn hóa", List.of(
            level("TIEU_HOC", "Tiểu học", "5/10", "5/12"),
            level("THCS", "Trung học cơ sở", "9/10", "9/12", "cap 2"),
            level("THPT", "Trung học phổ thông", "10/10", "12/12", "cap 3"))),
    PROFESSIONAL("chuyen_mon", "Trình độ chuyên môn", List.of(
            level("CHUA_DAO_TAO", "Chưa qua đào tạo", "chua co", "khong"),
            level("SO_CAP", "Sơ cấp", "sc"),
            level("TRUNG_CAP", "Trung cấp", "tc", "trung hoc chuyen nghiep", "thcn"),
            level("CAO_DANG", "Cao đẳng", "cd"),
            level("DAI_HOC", "Đại học", "cu nhan", "ky su", "dh", "bac si", "duoc si", "kien truc su"),
            level("THAC_SI", "Thạc sĩ", "thac sy", "ths"),
            level("TIEN_SI", "Tiến sĩ", "tien sy", "ts"))),
    POLITICAL_THEORY("llct", "Lý luận chính trị", List.of(
            level("CHUA_CO", "Chưa có", "chua qua dao tao", "khong"),
            level("SO_CAP", "Sơ cấp", "sc"),
            level("TRUNG_CAP", "Trung cấp", "tc"),
            level("CAO_CAP", "Cao cấp", "cc", "cao cap ly luan chinh tri - hanh chinh", "cao cap hanh chinh"),
            level("CU_NHAN", "Cử nhân", "cu nhan chinh tri"))),
    STATE_MANAGEMENT("qlnn", "Quản lý nhà nước", List.of(
            level("CHUA_CO", "Chưa có", "khong"),
            level("CAN_SU", "Cán sự"),
            level("CHUYEN_VIEN", "Chuyên viên", "cv"),
            level("CHUYEN_VIEN_CHINH", "Chuyên viên chính", "cvc"),
            level("CHUYEN_VIEN_CAO_CAP", "Chuyên viên cao cấp", "cvcc"))),
    IT("tin_hoc", "Tin học", List.of(
            level("CHUA_CO", "Chưa có", "khong"),
            level("CO_BAN", "Cơ bản", "chung chi a", "chung chi b", "a", "b", "ung dung cntt co ban", "van phong", "tin hoc van phong"),
            level("NANG_CAO", "Nâng cao", "chung chi c", "c", "ung dung cntt nang cao"))),
    FOREIGN_LANGUAGE("ngoai_ngu", "Ngoại ngữ", List.of(
            level("CHUA_CO", "Chưa có", "khong"),
            level("A1", "A1", "bac 1"),
            level("A2", "A2", "bac 2", "chung chi a", "a"),
            level("B1", "B1", "bac 3", "chung chi b", "b"),
            level("B2", "B2", "bac 4", "chung chi c", "c"),
            level("C1", "C1", "bac 5"),
            level("C2", "C2", "bac 6"))),
    ETHNIC_LANGUAGE("tieng_dan_toc", "Tiếng dân tộc", List.of(
            level("CHUA_CO", "Chưa có", "khong"),
            level("CO_CHUNG_CHI", "Có chứng chỉ", ethnicLanguageAliases()))),
    DEFENCE_SECURITY("qpan", "Quốc phòng - an ninh", List.of(
            level("CHUA_CO", "Chưa có", "khong"),
            level("DOI_TUONG_4", "Đối tượng 4", "dt4", "dt 4", "doi tuong iv"),
            level("DOI_TUONG_3", "Đối tượng 3", "dt3", "dt 3", "doi tuong iii"),
            level("DOI_TUONG_2", "Đối tượng 2", "dt2", "dt 2", "doi tuong ii"),
            level("DOI_TUONG_1", "Đối tượng 1", "dt1", "dt 1", "doi tuong i")));

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
