package vn.chuan.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A position title and the catalogue of them (regulations.md §1). The built-in titles are the
 * commune cadres and civil servants of NĐ 33/2023, the commune posts of the two-tier government
 * since 1/7/2025, and the ranks above; a province adds its own (the part-time titles its People's
 * Council decides, its departments' posts) in the database, and retires titles from a date.
 * Standards per title are the standards module's business; this is only the reference list.
 *
 * <p>The catalogue is reference data read everywhere (records, rules, templates), so it is held
 * here, statically: the built-in list until the titles module {@linkplain #install installs} the
 * database's at start and after each change.
 */
public record PositionTitle(String code, String name, StaffCategory category, GovernmentLevel level, List<String> aliases,
        String source, LocalDate validFrom, LocalDate validTo, boolean builtIn) {

    public PositionTitle {
        aliases = List.copyOf(aliases);
    }

    /** A built-in title, valid always; its level follows from where it comes from. */
    private PositionTitle(String code, String name, StaffCategory category, List<String> aliases, String source) {
        this(code, name, category, source.equals(TT11_RANKS) || category == StaffCategory.VC ? GovernmentLevel.MOI_CAP : GovernmentLevel.XA,
                aliases, source, null, null, true);
    }

    /** True when the title may be held on {@code date} (a retired title still names the posts held before). */
    public boolean isValidOn(LocalDate date) {
        return (validFrom == null || !validFrom.isAfter(date)) && (validTo == null || !validTo.isBefore(date));
    }

    // Where each title comes from (regulations.md §1).
    private static final String ND33_CADRES = "NĐ 33/2023/NĐ-CP Điều 5 khoản 1";
    private static final String ND33_CIVIL_SERVANTS = "NĐ 33/2023/NĐ-CP (6 chức danh công chức cấp xã)";
    private static final String LAW80_COMMUNE_POSTS = "Luật 80/2025/QH15; dự thảo VTVL cấp xã của Bộ Nội vụ 08/2025 [chưa xác minh]";
    private static final String ND33_PART_TIME = "NĐ 33/2023/NĐ-CP Điều 33, 34 (danh mục do HĐND tỉnh quyết định)";
    private static final String TT11_RANKS = "TT 11/2012/TT-BNV (ngạch công chức, BM02/BNV)";

    /** The titles Chuẩn ships with, codes unchanged since the first release; the database is seeded with them. */
    public static final List<PositionTitle> BUILT_IN = List.of(
            // Cán bộ cấp xã, NĐ 33/2023 Art. 5 cl. 1
            new PositionTitle("BI_THU_DU", "Bí thư Đảng ủy", StaffCategory.CB, List.of("bi thu", "bi thu dang uy xa"), ND33_CADRES),
            new PositionTitle("PHO_BI_THU_DU", "Phó Bí thư Đảng ủy", StaffCategory.CB,
                    List.of("pho bi thu", "pho bi thu thuong truc dang uy"), ND33_CADRES),
            new PositionTitle("CT_HDND", "Chủ tịch Hội đồng nhân dân", StaffCategory.CB, List.of(), ND33_CADRES),
            new PositionTitle("PCT_HDND", "Phó Chủ tịch Hội đồng nhân dân", StaffCategory.CB, List.of(), ND33_CADRES),
            new PositionTitle("CT_UBND", "Chủ tịch Ủy ban nhân dân", StaffCategory.CB, List.of(), ND33_CADRES),
            new PositionTitle("PCT_UBND", "Phó Chủ tịch Ủy ban nhân dân", StaffCategory.CB, List.of(), ND33_CADRES),
            new PositionTitle("CT_MTTQ", "Chủ tịch Ủy ban Mặt trận Tổ quốc", StaffCategory.CB, List.of(), ND33_CADRES),
            new PositionTitle("BI_THU_DOAN", "Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh", StaffCategory.CB,
                    List.of("bi thu doan thanh nien", "bi thu xa doan", "bi thu doan xa"), ND33_CADRES),
            new PositionTitle("CT_HLHPN", "Chủ tịch Hội Liên hiệp Phụ nữ", StaffCategory.CB, List.of("chu tich hoi phu nu"), ND33_CADRES),
            new PositionTitle("CT_HND", "Chủ tịch Hội Nông dân", StaffCategory.CB, List.of(), ND33_CADRES),
            new PositionTitle("CT_HCCB", "Chủ tịch Hội Cựu chiến binh", StaffCategory.CB, List.of(), ND33_CADRES),
            // Công chức cấp xã, NĐ 33/2023
            new PositionTitle("CHT_QS", "Chỉ huy trưởng Ban Chỉ huy Quân sự", StaffCategory.CC, List.of(), ND33_CIVIL_SERVANTS),
            new PositionTitle("VP_TK", "Văn phòng - thống kê", StaffCategory.CC, List.of(), ND33_CIVIL_SERVANTS),
            new PositionTitle("DC_XD", "Địa chính - xây dựng - đô thị và môi trường", StaffCategory.CC,
                    List.of("dia chinh xay dung", "dia chinh - nong nghiep - xay dung va moi truong"), ND33_CIVIL_SERVANTS),
            new PositionTitle("TC_KT", "Tài chính - kế toán", StaffCategory.CC, List.of(), ND33_CIVIL_SERVANTS),
            new PositionTitle("TP_HT", "Tư pháp - hộ tịch", StaffCategory.CC, List.of(), ND33_CIVIL_SERVANTS),
            new PositionTitle("VH_XH", "Văn hóa - xã hội", StaffCategory.CC, List.of(), ND33_CIVIL_SERVANTS),
            new PositionTitle("TRUONG_CONG_AN_XA", "Trưởng Công an xã", StaffCategory.CC,
                    List.of("truong cong an", "truong ca xa"), "NĐ 92/2009/NĐ-CP (không còn trong NĐ 33/2023)"),
            // Commune posts of the two-tier government (from 1/7/2025)
            new PositionTitle("CHANH_VP_XA", "Chánh Văn phòng HĐND và UBND", StaffCategory.CC, List.of("chanh van phong"), LAW80_COMMUNE_POSTS),
            new PositionTitle("TRUONG_PHONG_XA", "Trưởng phòng thuộc UBND cấp xã", StaffCategory.CC, List.of("truong phong"), LAW80_COMMUNE_POSTS),
            new PositionTitle("PHO_TRUONG_PHONG_XA", "Phó Trưởng phòng thuộc UBND cấp xã", StaffCategory.CC,
                    List.of("pho truong phong"), LAW80_COMMUNE_POSTS),
            new PositionTitle("GD_TTPVHCC", "Giám đốc Trung tâm phục vụ hành chính công", StaffCategory.CC, List.of(), LAW80_COMMUNE_POSTS),
            new PositionTitle("CHUYEN_VIEN_XA", "Chuyên viên (cấp xã)", StaffCategory.CC, List.of(), LAW80_COMMUNE_POSTS),
            // Người hoạt động không chuyên trách (titles vary by province: a common subset)
            new PositionTitle("KCT_PHO_CHT_QS", "Phó Chỉ huy trưởng Quân sự", StaffCategory.KCT, List.of(), ND33_PART_TIME),
            new PositionTitle("KCT_VAN_THU", "Văn thư - lưu trữ - thủ quỹ", StaffCategory.KCT, List.of("van thu luu tru", "van thu"), ND33_PART_TIME),
            new PositionTitle("KCT_PHO_CT_MTTQ", "Phó Chủ tịch Ủy ban Mặt trận Tổ quốc", StaffCategory.KCT,
                    List.of("pho chu tich mttq"), ND33_PART_TIME),
            new PositionTitle("KCT_KHAC", "Người hoạt động không chuyên trách khác", StaffCategory.KCT,
                    List.of("khong chuyen trach"), ND33_PART_TIME),
            // Civil-servant ranks and public employees above commune level
            new PositionTitle("CHUYEN_VIEN_CAO_CAP", "Chuyên viên cao cấp", StaffCategory.CC, List.of("cvcc"), TT11_RANKS),
            new PositionTitle("CHUYEN_VIEN_CHINH", "Chuyên viên chính", StaffCategory.CC, List.of("cvc"), TT11_RANKS),
            new PositionTitle("CHUYEN_VIEN", "Chuyên viên", StaffCategory.CC, List.of("cv"), TT11_RANKS),
            new PositionTitle("CAN_SU", "Cán sự", StaffCategory.CC, List.of(), TT11_RANKS),
            new PositionTitle("NHAN_VIEN", "Nhân viên", StaffCategory.CC, List.of(), TT11_RANKS),
            new PositionTitle("VIEN_CHUC", "Viên chức", StaffCategory.VC, List.of("vien chuc su nghiep"), "Luật Viên chức 2010"));

    /** Abbreviations of spreadsheets, word by word (keys are folded: no diacritics, lower case). */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("ubnd", "uy ban nhan dan"), Map.entry("hdnd", "hoi dong nhan dan"),
            Map.entry("mttq", "mat tran to quoc"), Map.entry("ubmttq", "uy ban mat tran to quoc"),
            Map.entry("mttqvn", "mat tran to quoc"), Map.entry("ubmttqvn", "uy ban mat tran to quoc"),
            Map.entry("ub", "uy ban"), Map.entry("bchqs", "ban chi huy quan su"), Map.entry("chqs", "chi huy quan su"),
            Map.entry("bch", "ban chi huy"), Map.entry("qs", "quan su"), Map.entry("cht", "chi huy truong"),
            Map.entry("lhpn", "lien hiep phu nu"), Map.entry("hlhpn", "hoi lien hiep phu nu"),
            Map.entry("ccb", "cuu chien binh"), Map.entry("hccb", "hoi cuu chien binh"), Map.entry("hnd", "hoi nong dan"),
            Map.entry("tncs", "thanh nien cong san"), Map.entry("hcm", "ho chi minh"), Map.entry("dtn", "doan thanh nien"),
            Map.entry("du", "dang uy"), Map.entry("ct", "chu tich"), Map.entry("pct", "pho chu tich"),
            Map.entry("bt", "bi thu"), Map.entry("pbt", "pho bi thu"));

    /** The titles in force and every code, name and alias under its normalised key (see {@link #normalised}). */
    private record Catalogue(List<PositionTitle> titles, Map<String, PositionTitle> byKey, Map<String, PositionTitle> byCode) {

        static Catalogue of(List<PositionTitle> titles) {
            Map<String, PositionTitle> byCode = new HashMap<>();
            titles.forEach(t -> byCode.put(t.code(), t));
            Map<String, PositionTitle> index = new LinkedHashMap<>();
            for (PositionTitle t : titles) {
                for (String text : t.texts()) {
                    PositionTitle other = index.putIfAbsent(normalised(text), t);
                    if (other != null && !other.code().equals(t.code())) {
                        throw new IllegalStateException("'" + text + "' of " + t.code() + " reads as " + other.code());
                    }
                }
            }
            return new Catalogue(List.copyOf(titles), Collections.unmodifiableMap(index), Map.copyOf(byCode));
        }
    }

    private static volatile Catalogue catalogue = Catalogue.of(BUILT_IN);

    /** Every title of the catalogue, in its order (retired ones too: they name past posts). */
    public static List<PositionTitle> all() {
        return catalogue.titles();
    }

    /**
     * Replaces the catalogue (the titles module, from the database). Refused when two titles would
     * read the same text: a code, name or alias must name one title only.
     */
    public static void install(List<PositionTitle> titles) {
        catalogue = Catalogue.of(titles);
    }

    /** The title another one's code, name or alias would be read as, if any: a new title may not take its words. */
    public static Optional<PositionTitle> clashWith(PositionTitle candidate) {
        // As an import would read each of its texts (a "Chủ tịch UBND xã" is the chairman already).
        return candidate.texts().stream().map(PositionTitle::parse).flatMap(Optional::stream)
                .filter(other -> !other.code().equals(candidate.code())).findFirst();
    }

    /** The code, the name and the aliases: what reads as this title. */
    private List<String> texts() {
        List<String> texts = new ArrayList<>(List.of(code, name));
        texts.addAll(aliases);
        return texts;
    }

    /**
     * Code or name, any case, with or without diacritics, and the usual abbreviations
     * (UBND, HĐND, UBMTTQ, BCHQS, TNCS HCM, CHT …) in place of the words they stand for; a
     * "Việt Nam" after an organisation's name, a "Công chức" before a title and the unit kind after
     * it ("Chủ tịch UBND xã") are ignored.
     */
    public static Optional<PositionTitle> parse(String text) {
        if (VietnameseText.isBlank(text)) {
            return Optional.empty();
        }
        String key = normalised(text);
        Map<String, PositionTitle> byKey = catalogue.byKey();
        PositionTitle found = byKey.get(key);
        return Optional.ofNullable(found != null ? found : byKey.get(trimmed(key)));
    }

    /**
     * For a text that is not a title: the title it most likely means, when most of its words are
     * those of one title's code, name or alias (to suggest in an error message, never to import in its place).
     */
    public static Optional<PositionTitle> closest(String text) {
        if (VietnameseText.isBlank(text)) {
            return Optional.empty();
        }
        Set<String> words = words(trimmed(normalised(text)));
        PositionTitle best = null;
        double bestScore = 0.5;
        for (Map.Entry<String, PositionTitle> known : catalogue.byKey().entrySet()) {
            Set<String> knownWords = words(known.getKey());
            long shared = words.stream().filter(knownWords::contains).count();
            // Dice's coefficient over words: 1 for the same words, 0.5 for half in common.
            double score = 2.0 * shared / (words.size() + knownWords.size());
            if (score > bestScore) {
                best = known.getValue();
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    public static PositionTitle byCode(String code) {
        return findByCode(code).orElseThrow(() -> new IllegalArgumentException("Unknown title " + code));
    }

    /** The name of the title with this code; the code itself for one the catalogue does not know (an old record). */
    public static String nameOf(String code) {
        return findByCode(code).map(PositionTitle::name).orElse(code);
    }

    public static Optional<PositionTitle> findByCode(String code) {
        // Read for every post shown (a title's name in every list row): looked up, not searched.
        return code == null ? Optional.empty() : Optional.ofNullable(catalogue.byCode().get(code));
    }

    /** Folded, each abbreviation written out, and without a "Việt Nam" after an organisation's name. */
    private static String normalised(String text) {
        StringBuilder expanded = new StringBuilder();
        for (String word : VietnameseText.key(text).split(" ")) {
            expanded.append(expanded.isEmpty() ? "" : " ").append(ABBREVIATIONS.getOrDefault(word, word));
        }
        // "Ủy ban MTTQ Việt Nam", "Hội Nông dân Việt Nam": the catalogue names the organisation without it.
        return (" " + expanded + " ").replace(" viet nam ", " ").strip();
    }

    /** Without "Công chức" before the title and the kind of unit after it. */
    private static String trimmed(String key) {
        return key.replaceFirst("^(cong chuc|can bo) ", "").replaceFirst(" (cap xa|xa|phuong|thi tran|dac khu)$", "");
    }

    private static Set<String> words(String key) {
        return new HashSet<>(List.of(key.split(" ")));
    }
}
