package vn.chuan.due;

import vn.chuan.shared.Messages;

/** What falls due, in the words officers use, each with the legal source of its date. */
public enum DueKind {
    /** One step after 36 months in it (24 for ranks of groups B and C), later by a discipline. */
    NANG_LUONG("due.kind.raise", "TT 08/2013/TT-BNV Điều 2"),
    /** At the last step: 5 % after the raise interval, then one more per year. */
    VUOT_KHUNG("due.kind.overCeiling", "NĐ 204/2004/NĐ-CP Điều 6; TT 08/2013/TT-BNV Điều 3"),
    /** A candidate for a raise up to 12 months early for achievement; at most 10 % of the unit's payroll a year. */
    NANG_LUONG_TRUOC_HAN("due.kind.earlyRaise", "TT 08/2013/TT-BNV Điều 3 khoản 1; NĐ 17/2013/NĐ-CP (không quá 10%)"),
    /** A raise up to 12 months early for someone retiring, prepared with the notice. */
    NANG_LUONG_NGHI_HUU("due.kind.retirementRaise", "TT 08/2013/TT-BNV Điều 3 khoản 2"),
    /** The written notice of retirement, at least six months before. */
    THONG_BAO_NGHI_HUU("due.kind.retirementNotice", "QĐ 727/QĐ-BNV (2025)"),
    /** The retirement decision, at least three months before. */
    QUYET_DINH_NGHI_HUU("due.kind.retirementDecision", "QĐ 727/QĐ-BNV (2025)"),
    /** The last day of service: the end of the month the statutory age is reached. */
    NGHI_HUU("due.kind.retirement", "Bộ luật Lao động 2019 Điều 169; NĐ 135/2020/NĐ-CP"),
    /** An appointment's five-year term ends: reappointment prepared 90 days before. */
    HET_HAN_BO_NHIEM("due.kind.appointmentTerm", "NĐ 138/2020/NĐ-CP (thời hạn bổ nhiệm 5 năm)"),
    /** An elected term of five years ends. */
    HET_NHIEM_KY("due.kind.electedTerm", "Luật Tổ chức chính quyền địa phương (nhiệm kỳ 5 năm)"),
    /** Probation of a new civil servant ends: 12 months in group A, 6 in B and C. */
    HET_TAP_SU("due.kind.probation", "NĐ 138/2020/NĐ-CP Điều 20"),
    /** A post held today ends on the date its decision set (a secondment, a concurrent post, a fixed term). */
    HET_THOI_HAN_CHUC_VU("due.kind.postEnds", "Luật 80/2025/QH15; quyết định giao chức vụ, biệt phái, kiêm nhiệm"),
    /** The time a discipline bars promotion, appointment and planning runs out: 12 months, 24 after demotion or removal. */
    HET_THOI_HAN_KY_LUAT("due.kind.disciplineEnds", "Luật Cán bộ, công chức (sửa đổi 2019) Điều 82; NĐ 112/2020/NĐ-CP"),
    /** The day by which those below their title's standards must meet them. */
    HAN_CHUAN_HOA("due.kind.standardsDeadline", "NĐ 33/2023/NĐ-CP Điều 38");

    private final String code;
    private final String source;

    DueKind(String code, String source) {
        this.code = code;
        this.source = source;
    }

    public String label() {
        return Messages.text(code);
    }

    public String source() {
        return source;
    }
}
