package vn.chuan.targets;

import java.util.List;
import java.util.Set;

import vn.chuan.shared.StaffCategory;

/**
 * The indicators the seed articles name (see ../shared/seeds), written at first start. Their
 * targets belong to each province's own plans; the demo province sets some (DemoDataLoader).
 * Not seeded, because the records do not hold what they count: Điện Biên Phủ's "80% updated on
 * law every year" (training, issue 7) and Cần Thơ's "15% then 30% of new recruits excellent
 * graduates under 30" (recruitment).
 */
final class SeededIndicators {

    static final String CAO_BANG = "Đề tài chuẩn hóa đội ngũ CBCC xã, phường, thị trấn tỉnh Cao Bằng (Sở Nội vụ Cao Bằng)";
    static final String DIEN_BIEN_PHU = "Kế hoạch 774/KH-UBND của UBND TP. Điện Biên Phủ về phát triển nguồn nhân lực đến năm 2020";
    static final String CAN_THO = "Đề án nâng cao chất lượng đội ngũ CBCC xã, phường, thị trấn TP. Cần Thơ giai đoạn 2024–2030";
    static final String BAC_KAN = "Bắc Kạn: tiêu chuẩn công chức cấp xã vùng đồng bào dân tộc thiểu số";

    private static final Set<StaffCategory> CB = Set.of(StaffCategory.CB);
    private static final Set<StaffCategory> CC = Set.of(StaffCategory.CC);
    private static final Set<StaffCategory> CB_CC = Set.of(StaffCategory.CB, StaffCategory.CC);
    /** Cán bộ chủ chốt cấp xã: the heads of the Party committee, the council and the committee. */
    static final Set<String> KEY_CADRES = Set.of("BI_THU_DU", "PHO_BI_THU_DU", "CT_HDND", "CT_UBND");

    private SeededIndicators() {
    }

    static List<Indicator.Definition> all() {
        return List.of(
                commune("Cán bộ cấp xã có trình độ chuyên môn từ trung cấp trở lên", CAO_BANG + " — mục tiêu 90%", CB,
                        "chuyen_mon>=TRUNG_CAP"),
                commune("Công chức cấp xã có trình độ chuyên môn từ trung cấp trở lên", CAO_BANG + " — mục tiêu 95%", CC,
                        "chuyen_mon>=TRUNG_CAP"),
                commune("Cán bộ, công chức cấp xã có trình độ đại học trở lên", CAO_BANG + " — mục tiêu 20%", CB_CC,
                        "chuyen_mon>=DAI_HOC"),
                commune("Cán bộ, công chức cấp xã có lý luận chính trị từ sơ cấp trở lên", CAO_BANG + " — mục tiêu 90%", CB_CC,
                        "llct>=SO_CAP"),
                commune("Cán bộ, công chức cấp xã có lý luận chính trị từ trung cấp trở lên", CAO_BANG + " — mục tiêu trên 60%", CB_CC,
                        "llct>=TRUNG_CAP"),
                new Indicator.Definition("Cán bộ chủ chốt cấp xã được bồi dưỡng quản lý nhà nước và kiến thức quốc phòng",
                        CAO_BANG + " — mục tiêu 90%", CB, true, KEY_CADRES, null, null, "qlnn>=CAN_SU; qpan>=DOI_TUONG_4"),
                commune("Cán bộ, công chức cấp xã được đào tạo, bồi dưỡng tin học", CAO_BANG + " — mục tiêu 80%", CB_CC,
                        "tin_hoc>=CO_BAN"),
                new Indicator.Definition("Trưởng, phó phòng có chuyên môn đại học và lý luận chính trị trung cấp trở lên",
                        DIEN_BIEN_PHU + " — mục tiêu 100%", CC, false, Set.of("TRUONG_PHONG_XA", "PHO_TRUONG_PHONG_XA"), null, null,
                        "chuyen_mon>=DAI_HOC; llct>=TRUNG_CAP"),
                commune("Cán bộ cấp xã đạt chuẩn chức danh", CAN_THO + " — 100% đến năm 2030", CB, "dat_chuan"),
                commune("Công chức cấp xã có trình độ đại học trở lên", CAN_THO + " — 100% đến năm 2030", CC, "chuyen_mon>=DAI_HOC"),
                commune("Cán bộ, công chức cấp xã có lý luận chính trị trung cấp trở lên và được bồi dưỡng quản lý nhà nước",
                        CAN_THO + " — trên 95% đến năm 2030", CB_CC, "llct>=TRUNG_CAP; qlnn>=CAN_SU"),
                commune("Công chức cấp xã có ngoại ngữ hoặc tiếng dân tộc thiểu số", BAC_KAN, CC,
                        "ngoai_ngu>=A1 | tieng_dan_toc>=CO_CHUNG_CHI"));
    }

    private static Indicator.Definition commune(String name, String source, Set<StaffCategory> categories, String condition) {
        return new Indicator.Definition(name, source, categories, true, Set.of(), null, null, condition);
    }
}
