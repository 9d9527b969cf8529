package vn.chuan.due;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import vn.chuan.shared.Messages;

/**
 * The papers prepared from what falls due: each lists the people of some kinds of item in the period, under the unit's
 * header, with its legal basis, numbered and dated by the officer. Its Word template can be replaced by an administrator.
 */
public enum DueDocument {
    /** The written notice of the retirement date, six months before (QĐ 727/QĐ-BNV, form 2). */
    THONG_BAO_NGHI_HUU("due.document.retirementNotice", "due.document.retirementBasis", "thong-bao-nghi-huu",
            Set.of(DueKind.THONG_BAO_NGHI_HUU)),
    /** The list of regular, over-ceiling and early raises proposed for a decision. */
    NANG_LUONG("due.document.raiseList", "due.document.raiseBasis", "danh-sach-nang-luong",
            Set.of(DueKind.NANG_LUONG, DueKind.VUOT_KHUNG, DueKind.NANG_LUONG_TRUOC_HAN, DueKind.NANG_LUONG_NGHI_HUU)),
    /** The list of leaders whose appointment term ends, for their reappointment. */
    BO_NHIEM_LAI("due.document.reappointmentList", "due.document.reappointmentBasis", "danh-sach-bo-nhiem-lai",
            Set.of(DueKind.HET_HAN_BO_NHIEM));

    private final String titleCode;
    private final String basisCode;
    private final String fileName;
    private final Set<DueKind> kinds;

    DueDocument(String titleCode, String basisCode, String fileName, Set<DueKind> kinds) {
        this.titleCode = titleCode;
        this.basisCode = basisCode;
        this.fileName = fileName;
        this.kinds = kinds;
    }

    public String title() {
        return Messages.text(titleCode);
    }

    /** The legal basis written by default; the officer may change it before printing. */
    public String basis() {
        return Messages.text(basisCode);
    }

    public String fileName() {
        return fileName;
    }

    public boolean lists(DueKind kind) {
        return kinds.contains(kind);
    }

    /** The paper prepared for items of this kind, if any. */
    public static Optional<DueDocument> forKind(DueKind kind) {
        return Arrays.stream(values()).filter(d -> d.lists(kind)).findFirst();
    }
}
