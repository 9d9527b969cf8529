package vn.chuan.standards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.chuan.shared.Dimension;

/**
 * The standard sets documented in {@code shared/domain/regulations.md} §2, each criterion citing
 * its article. They are written to the database at first start; from then on the database holds
 * them (and their new versions and drafts).
 */
final class SeededStandardSets {

    private static final List<String> COMMUNE_CIVIL_SERVANTS = List.of("VP_TK", "DC_XD", "TC_KT", "TP_HT", "VH_XH");
    private static final List<String> HEADS_OF_COUNCIL_AND_COMMITTEE = List.of("CT_HDND", "PCT_HDND", "CT_UBND", "PCT_UBND");
    private static final List<String> PARTY_SECRETARIES = List.of("BI_THU_DU", "PHO_BI_THU_DU");
    private static final List<String> HEADS_OF_ORGANISATIONS = List.of("CT_MTTQ", "BI_THU_DOAN", "CT_HLHPN", "CT_HND", "CT_HCCB");
    /** Commune posts of the two-tier government; their own standards were not found [U]. */
    private static final List<String> COMMUNE_POSTS_2025 = List.of("CHANH_VP_XA", "TRUONG_PHONG_XA", "PHO_TRUONG_PHONG_XA",
            "GD_TTPVHCC", "CHUYEN_VIEN_XA");

    private SeededStandardSets() {
    }

    static List<StandardSet> all() {
        return List.of(qd04(), tt13(), nd33());
    }

    /** QĐ 04/2004/QĐ-BNV: standards of commune cadres and civil servants until TT 13/2019. */
    static StandardSet qd04() {
        List<Criterion> c = new ArrayList<>();
        String source = "QĐ 04/2004/QĐ-BNV";
        for (String title : COMMUNE_CIVIL_SERVANTS) {
            c.add(level(title, Dimension.GENERAL_EDUCATION, "THPT", "THCS", source + ": THPT ở đồng bằng, đô thị; THCS ở miền núi"));
            c.add(level(title, Dimension.PROFESSIONAL, "TRUNG_CAP", "SO_CAP", source + ": trung cấp chuyên môn phù hợp"));
        }
        for (String title : PARTY_SECRETARIES.subList(0, 1)) {
            c.add(level(title, Dimension.GENERAL_EDUCATION, "THPT", null, source + " Điều 5"));
            c.add(level(title, Dimension.POLITICAL_THEORY, "TRUNG_CAP", null, source + " Điều 5: trung cấp lý luận chính trị"));
            c.add(level(title, Dimension.PROFESSIONAL, "TRUNG_CAP", "SO_CAP",
                    source + " Điều 5: trung cấp ở đồng bằng, sơ cấp ở miền núi"));
        }
        for (String title : HEADS_OF_COUNCIL_AND_COMMITTEE) {
            c.add(level(title, Dimension.GENERAL_EDUCATION, "THPT", "THCS", source));
            c.add(level(title, Dimension.PROFESSIONAL, "TRUNG_CAP", "SO_CAP", source));
            c.add(level(title, Dimension.POLITICAL_THEORY, "TRUNG_CAP", null, source));
        }
        return set("QD04_2004", "Tiêu chuẩn cán bộ, công chức cấp xã (QĐ 04/2004)", "QĐ 04/2004/QĐ-BNV",
                LocalDate.of(2004, 1, 16), LocalDate.of(2019, 12, 24), c);
    }

    /** TT 13/2019/TT-BNV: commune civil servants, with an IT certificate. */
    static StandardSet tt13() {
        List<Criterion> c = new ArrayList<>();
        String source = "TT 13/2019/TT-BNV";
        for (String title : COMMUNE_CIVIL_SERVANTS) {
            c.add(new Criterion.MinimumAge(title, 18, source + ": đủ 18 tuổi trở lên"));
            c.add(level(title, Dimension.GENERAL_EDUCATION, "THPT", null, source + ": tốt nghiệp THPT"));
            c.add(level(title, Dimension.PROFESSIONAL, "DAI_HOC", "TRUNG_CAP",
                    source + ": đại học trở lên (UBND tỉnh có thể quy định trung cấp ở vùng khó khăn)"));
            c.add(level(title, Dimension.IT, "CO_BAN", null, source + ": chứng chỉ ứng dụng CNTT cơ bản (TT 03/2014/TT-BTTTT)"));
        }
        c.add(level("CHT_QS", Dimension.PROFESSIONAL, "TRUNG_CAP", null, "TTLT 01/2013/TTLT-BNV-BQP: trung cấp quân sự cơ sở"));
        for (String title : HEADS_OF_COUNCIL_AND_COMMITTEE) {
            c.add(level(title, Dimension.GENERAL_EDUCATION, "THPT", null, "QĐ 04/2004/QĐ-BNV (cán bộ, chưa có văn bản thay thế)"));
            c.add(level(title, Dimension.PROFESSIONAL, "TRUNG_CAP", "SO_CAP", "QĐ 04/2004/QĐ-BNV (cán bộ)"));
            c.add(level(title, Dimension.POLITICAL_THEORY, "TRUNG_CAP", null, "QĐ 04/2004/QĐ-BNV (cán bộ)"));
        }
        c.add(new Criterion.FieldOfStudy("TP_HT", List.of("luật"), "Luật Hộ tịch 2014 Điều 72: trung cấp luật trở lên"));
        return set("TT13_2019", "Tiêu chuẩn công chức cấp xã (TT 13/2019)", "TT 13/2019/TT-BNV",
                LocalDate.of(2019, 12, 25), LocalDate.of(2023, 7, 31), c);
    }

    /** NĐ 33/2023/NĐ-CP: commune cadres and civil servants from 1/8/2023. */
    static StandardSet nd33() {
        List<Criterion> c = new ArrayList<>();
        for (String title : HEADS_OF_COUNCIL_AND_COMMITTEE) {
            String source = "NĐ 33/2023/NĐ-CP Điều 8 khoản 3";
            c.add(level(title, Dimension.GENERAL_EDUCATION, "THPT", null, source + ": tốt nghiệp THPT"));
            c.add(level(title, Dimension.PROFESSIONAL, "DAI_HOC", "TRUNG_CAP",
                    source + ": đại học trở lên; trung cấp ở vùng miền núi, biên giới, hải đảo, DTTS, ĐBKK"));
            c.add(level(title, Dimension.POLITICAL_THEORY, "TRUNG_CAP", null, source + ": trung cấp lý luận chính trị trở lên"));
        }
        for (String title : concat(PARTY_SECRETARIES, HEADS_OF_ORGANISATIONS)) {
            c.add(level(title, Dimension.PROFESSIONAL, "DAI_HOC", "TRUNG_CAP",
                    "NĐ 33/2023/NĐ-CP Điều 8: đại học trở lên (điều lệ tổ chức quy định khác thì theo điều lệ)"));
        }
        for (String title : COMMUNE_CIVIL_SERVANTS) {
            String source = "NĐ 33/2023/NĐ-CP Điều 10 khoản 2";
            c.add(new Criterion.MinimumAge(title, 18, source + ": đủ 18 tuổi trở lên"));
            c.add(level(title, Dimension.GENERAL_EDUCATION, "THPT", null, source + ": tốt nghiệp THPT"));
            c.add(level(title, Dimension.PROFESSIONAL, "DAI_HOC", "TRUNG_CAP",
                    source + " và khoản 3: đại học trở lên, ngành phù hợp; trung cấp ở vùng khó khăn"));
        }
        c.add(new Criterion.FieldOfStudy("TP_HT", List.of("luật"), "Luật Hộ tịch 2014 Điều 72: trung cấp luật trở lên"));
        c.add(level("CHT_QS", Dimension.PROFESSIONAL, "TRUNG_CAP", null,
                "NĐ 33/2023/NĐ-CP Điều 10 khoản 1; TTLT 01/2013/TTLT-BNV-BQP: trung cấp quân sự cơ sở"));
        for (String title : COMMUNE_POSTS_2025) {
            c.add(level(title, Dimension.PROFESSIONAL, "DAI_HOC", "TRUNG_CAP",
                    "Luật 80/2025/QH15 (chuyển tiếp: đạt chuẩn trình độ đào tạo như công chức cấp xã, NĐ 33/2023 Điều 10) [chưa xác minh]"));
        }
        StandardSet set = set("ND33_2023", "Tiêu chuẩn cán bộ, công chức cấp xã (NĐ 33/2023)", "NĐ 33/2023/NĐ-CP",
                LocalDate.of(2023, 8, 1), null, c);
        return new StandardSet(0, set.code(), 1, set.name(), set.document(), set.effectiveFrom(), set.effectiveTo(),
                set.status(), null, set.criteria(), new StandardSet.Deadline(LocalDate.of(2028, 8, 1),
                "NĐ 33/2023/NĐ-CP Điều 38: 5 năm kể từ 01/8/2023 để đạt chuẩn; sau đó nghỉ hưu nếu đủ điều kiện, "
                        + "nếu không thì tinh giản biên chế"));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Criterion.MinimumLevel level(String title, Dimension dimension, String code, String difficultCode,
            String source) {
        return new Criterion.MinimumLevel(title, dimension, dimension.level(code),
                difficultCode == null ? null : dimension.level(difficultCode), source);
    }

    private static StandardSet set(String code, String name, String document, LocalDate from, LocalDate to,
            List<Criterion> criteria) {
        return new StandardSet(0, code, 1, name, document, from, to, StandardSet.Status.IN_FORCE, null, List.copyOf(criteria));
    }
}
